package sg.gov.tech.efforts.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Links whose address holds spaces or parentheses, through the whole body pipeline (kramdown's reading: differential tests). */
class KramdownLinksTests {

	private final TestBodies parser = new TestBodies();

	@Test
	void aLinkWithSpacesOrParenthesesOpensItsFileInANewTabWithTheSpacesEncoded() {
		Document page = render("Read the [Singpass factsheet](/files/Factsheet - Singpass (National Digital Identity).pdf)"
				+ "{:target=\"_blank\"} now.\n");
		Element link = page.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("/files/Factsheet%20-%20Singpass%20(National%20Digital%20Identity).pdf");
		assertThat(link.attr("target")).isEqualTo("_blank");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(page.text()).isEqualTo("Read the Singpass factsheet (opens in a new tab) now.");
	}

	@Test
	void anImageWithSpacesInItsAddressIsAnImage() {
		Document page = render("![Chart of 2024](/images/chart 2024.png)\n");
		assertThat(page.select("img").attr("src")).isEqualTo("/images/chart%202024.png");
		assertThat(page.select("img").attr("alt")).isEqualTo("Chart of 2024");
	}

	@Test
	void codeKeepsSuchALinkAsText() {
		Document page = render("Write `[text](/a b.pdf)` for a link.\n\n```\n[text](/c d.pdf)\n```\n");
		assertThat(page.select("a")).isEmpty();
		assertThat(page.select("code")).extracting(Element::text).containsExactly("[text](/a b.pdf)", "[text](/c d.pdf)");
	}

	@Test
	void unbalancedParenthesesLeaveTheTextAsWritten() {
		Document page = render("[half](/a (b.pdf) end\n");
		assertThat(page.select("a")).isEmpty();
		assertThat(page.text()).isEqualTo("[half](/a (b.pdf) end");
	}

	@Test
	void messagesStillNameTheLinesTheProblemsAreOn() {
		ValidationReport report = new ValidationReport();
		this.parser.parse("page.md", "---\ntitle: T\n---\n[one](/files/a b.pdf) [two](/files/c d.pdf)\n\n"
				+ "[three](/files/e f.pdf)\n\n[insecure](http://example.com/)\n", report);
		assertThat(report.warnings()).extracting(ContentProblem::line, ContentProblem::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(8,
					"link http://example.com/ uses http://: use https:// so visitors' connections stay secure"));
	}

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(this.parser.parse("links.md", "---\ntitle: Links\n---\n" + markdown).introHtml());
	}

}
