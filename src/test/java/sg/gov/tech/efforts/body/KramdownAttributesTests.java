package sg.gov.tech.efforts.body;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KramdownAttributesTests {

	private final TestBodies parser = new TestBodies();

	@Test
	void colonFormAfterALinkOpensItInANewTabSafely() {
		Document page = render("Read [the plan](https://www.tech.gov.sg/plan/){:target=\"_blank\"} today.\n");
		Element link = page.selectFirst("a[href=https://www.tech.gov.sg/plan/]");
		assertThat(link.attr("target")).isEqualTo("_blank");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(link.text()).isEqualTo("the plan (opens in a new tab)");
		assertThat(page.text()).isEqualTo("Read the plan (opens in a new tab) today.").doesNotContain("{:");
	}

	@Test
	void attributeListsWithSpacesClassesIdsOrSingleQuotesAreRead() {
		Document page = render(
				"* [Apply](https://go.gov.sg/apply){: target='_blank' .button #apply-now title=\"Apply now\"}\n");
		Element link = page.selectFirst("li > a");
		assertThat(link.attr("target")).isEqualTo("_blank");
		assertThat(link.hasClass("button")).isTrue();
		assertThat(link.id()).isEqualTo("apply-now");
		assertThat(link.attr("title")).isEqualTo("Apply now");
		assertThat(page.selectFirst("li").text()).doesNotContain("{");
	}

	@Test
	void anAttributeListOnAnImageApplies() {
		Document page = render("![A chart](https://example.org/chart.png){:.center width=\"400\"}\n");
		Element image = page.selectFirst("img");
		assertThat(image.hasClass("center")).isTrue();
		assertThat(image.attr("width")).isEqualTo("400");
	}

	@Test
	void aBlockListOnTheLineAfterAParagraphAppliesToIt() {
		Document page = render("An opening paragraph.\n{: .lead}\n\nAnother.\n");
		assertThat(page.select("p.lead").text()).isEqualTo("An opening paragraph.");
		assertThat(page.text()).doesNotContain("{:");
	}

	@Test
	void aBlockListAloneAfterABlankLineAppliesToTheBlockBefore() {
		Document page = render("Some text.\n\n{: .callout}\n");
		assertThat(page.select("p.callout").text()).isEqualTo("Some text.");
		assertThat(page.select("p")).hasSize(1);
	}

	@Test
	void aCustomHeaderIdBecomesTheSectionsUrl() {
		PageBody page = customIds();
		assertThat(page.sections()).extracting(Section::slug).containsExactly("digital-identity");
		assertThat(page.sections().get(0).title()).isEqualTo("Digital Identity and Singpass");
	}

	@Test
	void aCustomHeaderIdWithinASectionIsKept() {
		PageBody page = customIds();
		assertThat(Jsoup.parseBodyFragment(new SectionPages().html(page.sections().get(0).embeddedHtml())).select("h2").attr("id")).isEqualTo("more");
	}

	private PageBody customIds() {
		return this.parser.parse("ids.md",
				"---\ntitle: T\npermalink: /t/\n---\n### Digital Identity and Singpass {#digital-identity}\nText\n"
						+ "#### Details {#more}\nMore\n");
	}

	@Test
	void headingsWithoutACustomIdGetKramdownAutoIds() {
		PageBody page = this.parser.parse("auto.md",
				"---\ntitle: T\npermalink: /t/\n---\n### 1. Getting Started!\nText\n#### Step one\n#### Step one\n");
		assertThat(page.sections()).extracting(Section::slug).containsExactly("getting-started");
		assertThat(Jsoup.parseBodyFragment(new SectionPages().html(page.sections().get(0).embeddedHtml())).select("h2")).extracting(Element::id)
			.containsExactly("step-one", "step-one-1");
	}

	@Test
	void aSectionIdThatCannotBeAUrlIsAnErrorOnItsLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("bad-id.md",
					"---\ntitle: T\npermalink: /t/\n---\nIntro\n\n### Heading\n{: id=\"two words\"}\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(7));
	}

	@Test
	void bracesThatAreNotAttributeListsStayAsWritten() {
		assertThat(bracesAndCode().selectFirst("p").text())
			.isEqualTo("Use {curly} braces and {:target=\"_blank\"} in code.");
	}

	@Test
	void anAttributeListInACodeBlockStaysAsWritten() {
		assertThat(bracesAndCode().selectFirst("pre").text()).isEqualTo("[x](y){:.z}");
	}

	private Document bracesAndCode() {
		return render("Use {curly} braces and `{:target=\"_blank\"}` in code.\n\n```\n[x](y){:.z}\n```\n");
	}

	@Test
	void anEventHandlerInAnAttributeListNeverReachesTheVisitor() {
		Document page = render("[Click](https://example.org/){:onclick=\"alert(1)\" style=\"background: url(x)\"}\n");
		Element link = page.selectFirst("a");
		assertThat(link.attributes().asList()).extracting((attribute) -> attribute.getKey()).containsExactly("href");
	}

	private Document render(String body) {
		PageBody page = this.parser.parse("page.md", "---\ntitle: T\npermalink: /t/\n---\n" + body);
		return Jsoup.parseBodyFragment(page.introHtml());
	}

}
