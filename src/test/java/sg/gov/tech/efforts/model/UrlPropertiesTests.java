package sg.gov.tech.efforts.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL policy against generated disguises of refused schemes, and generated addresses it must keep. */
class UrlPropertiesTests {

	@Property(tries = 500)
	void aRefusedSchemeIsRefusedHoweverItIsDisguised(@ForAll("disguisedSchemes") String written) {
		assertThat(Url.of(written)).as("'%s'", written).isEmpty();
	}

	@Property(tries = 300)
	void aSitePathOrAnAllowedAddressIsKeptAsWritten(@ForAll("allowedAddresses") String written) {
		assertThat(Url.of(written)).as("'%s'", written)
			.hasValueSatisfying((url) -> assertThat(url).hasToString(written.strip()));
	}

	@Property(tries = 300)
	void whateverIsKeptABrowserReadsAsAnAllowedSchemeOrNone(@ForAll("anything") String written) {
		Url.of(written).ifPresent((url) -> {
			// as a browser reads an address (WHATWG URL): outer controls and spaces dropped, tabs and line breaks removed
			String read = url.text().replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
			Matcher scheme = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):").matcher(read);
			if (scheme.find()) {
				assertThat(Url.SCHEMES).as("'%s'", written).contains(scheme.group(1).toLowerCase(Locale.ROOT));
			}
		});
	}

	@Provide
	Arbitrary<String> disguisedSchemes() {
		return HostileValues.disguisedSchemes();
	}

	@Provide
	Arbitrary<String> anything() {
		return Arbitraries.oneOf(HostileValues.anything(), Arbitraries.strings().ofMaxLength(30));
	}

	@Provide
	Arbitrary<String> allowedAddresses() {
		Arbitrary<String> path = Arbitraries.strings().withChars("abcxyz019-_./~%?=&#").ofMaxLength(40);
		Arbitrary<String> start = Arbitraries.of("/", "#", "https://", "HTTP://", "mailto:", "tel:", "//", "./", "");
		return start.flatMap((prefix) -> path.map((rest) -> prefix + rest))
			.filter((address) -> !address.isBlank() && !address.contains("&#"));
	}

}
