package sg.gov.tech.efforts.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UrlTests {

	@ParameterizedTest
	@ValueSource(strings = { "/about-us/", "#top", "https://www.tech.gov.sg/", "HTTPS://WWW.TECH.GOV.SG/",
			"http://example.org/a", "mailto:enquiries@test.gov.sg", "tel:+6560000000", "images/logo.png", "../up/",
			"?q=tax", "//www.youtube.com/embed/x", "/files/My Report.pdf", "/a:b/" })
	void sitePathsFragmentsOrAllowedSchemesAreKeptAsWritten(String written) {
		assertThat(Url.of(written)).hasValueSatisfying((url) -> assertThat(url).hasToString(written));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
			"jav&#x09;ascript:alert(1)", "jav&#9;ascript:alert(1)", "java\nscript:alert(1)", "java\tscript:alert(1)",
			"%6A%61vascript:alert(1)", "%256A%2561vascript:alert(1)", "&#106;avascript:alert(1)",
			"&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
			"java\u200Bscript:alert(1)", "java\u00ADscript:alert(1)", "\u202Ejavascript:alert(1)",
			"\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1)", "javascript\uFF1Aalert(1)",
			"\u0000javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "DATA:image/svg+xml,<svg>",
			"vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/", "blob:https://x/1", "jar:file:x!/",
			"c:\\windows\\win.ini" })
	void anyOtherSchemeIsRefusedHoweverItIsDisguised(String written) {
		assertThat(Url.of(written)).isEmpty();
		assertThat(Url.refusedScheme(written)).isPresent();
	}

	@Test
	void theSchemeRefusedIsNamedInLowerCase() {
		assertThat(Url.refusedScheme("%4A%61va&#x09;Script:alert(1)")).hasValue("javascript");
	}

	@Test
	void aRefusedAddressCannotBeMadeAtAll() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Url("javascript:alert(1)"))
			.withMessageContaining("javascript");
	}

	@Test
	void surroundingWhitespaceOrControlCharactersAreNotKept() {
		assertThat(new Url("  /about/\n")).hasToString("/about/");
		assertThat(new Url("/a\u0000b/")).hasToString("/ab/");
	}

	@Test
	void blankIsNoAddress() {
		assertThat(Url.of("  ")).hasValue(Url.NONE);
		assertThat(Url.NONE.isEmpty()).isTrue();
	}

	@Test
	void externalAddressesAreHttpsHttpOrAnotherHost() {
		assertThat(new Url("https://x.gov.sg/").external()).isTrue();
		assertThat(new Url("//x.gov.sg/").external()).isTrue();
		assertThat(new Url("http://x.gov.sg/").http()).isTrue();
		assertThat(new Url("/x/").external()).isFalse();
		assertThat(new Url("/x/").local()).isTrue();
		assertThat(new Url("//x/").local()).isFalse();
		assertThat(new Url("mailto:a@b.sg").external()).isFalse();
	}

}
