package sg.gov.tech.efforts.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

class BodyUrlsTests {

	private static final String FRONT = "---\ntitle: T\npermalink: /t/\n---\n";

	private final TestBodies bodies = new TestBodies();

	private final ValidationReport report = new ValidationReport();

	@Test
	void aLinkWithARefusedSchemeBecomesItsTextWithAWarningOnItsLine() {
		Document body = render("Intro.\n\n[percent](%6A%61vascript:alert(1)) and <a href=\"jav&#x09;ascript:x\">tab</a>\n");
		assertThat(body.select("a")).isEmpty();
		assertThat(body.text()).contains("percent and tab");
		assertThat(this.report.warnings()).extracting(ContentProblem::line, ContentProblem::problem)
			.filteredOn((warning) -> ((String) warning.toList().get(1)).contains("href of the a element"))
			.hasSize(2)
			.allSatisfy((warning) -> assertThat(warning.toList()).element(0).isEqualTo(9));
	}

	@Test
	void anFtpLinkIsRefusedThoughTheHtmlAllowlistKeptIt() {
		Document body = render("[files](ftp://ftp.example.org/a) [mail](mailto:a@b.sg) [call](tel:+6560000000)\n");
		assertThat(body.select("a")).extracting((link) -> link.attr("href")).containsExactly("mailto:a@b.sg",
				"tel:+6560000000");
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("'ftp://ftp.example.org/a' is refused"));
	}

	@Test
	void aPictureWithARefusedAddressIsItsAltText() {
		Document body = render("<p><img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"A chart\"></p>\n");
		assertThat(body.select("img")).isEmpty();
		assertThat(body.text()).isEqualTo("A chart");
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("src of the img element").contains("alt text"));
	}

	@Test
	void aSourceSetWithOneRefusedAddressIsLeftOut() {
		Document body = render("<p><img src=\"/a.png\" srcset=\"/a.png 1x, javascript:alert(1) 2x\" alt=\"A\"></p>\n");
		assertThat(body.select("img").attr("src")).isEqualTo("/a.png");
		assertThat(body.select("img").hasAttr("srcset")).isFalse();
	}

	private Document render(String markdown) {
		PageBody body = this.bodies.parse("t.md", FRONT + "\n\n" + markdown, this.report);
		return Jsoup.parseBodyFragment(body.introHtml());
	}

}
