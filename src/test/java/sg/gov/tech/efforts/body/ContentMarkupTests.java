package sg.gov.tech.efforts.body;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-written markup made safe and usable: tables, centring, accordions, forms, broken markup, mis-encoding. */
class ContentMarkupTests {

	private final ValidationReport report = new ValidationReport();

	private Document html(String body, BodyPipeline.Format format) {
		return Jsoup.parseBodyFragment(new BodyPipeline(List.of(), false, ImageSizes.NONE)
			.render("markup.md", "/m/", body, 1, false, format, this.report).introHtml());
	}

	@Test
	void tablesScrollInAFocusableNamedRegion() {
		Document page = twoTables();
		assertThat(page.select("div.table-wrapper[role=region][tabindex=0] > table")).hasSize(2);
		assertThat(page.select("div.table-wrapper").first().attr("aria-label")).isEqualTo("Table of Permit");
	}

	@Test
	void aTablesHeaderRowHasHeaderCells() {
		assertThat(twoTables().select("thead th[scope=col]")).extracting(Element::text)
			.containsExactly("Permit", "Fee", "X", "Y");
	}

	private Document twoTables() {
		return html("<table><thead><tr><td>Permit</td><td>Fee</td></tr></thead>"
				+ "<tbody><tr><td>A</td><td>1</td></tr></tbody></table>\n\n| X | Y |\n| --- | --- |\n| 1 | 2 |\n",
				BodyPipeline.Format.MARKDOWN);
	}

	@Test
	void centreBecomesACentredBlock() {
		Document page = html("<center>Middle</center>", BodyPipeline.Format.HTML);
		assertThat(page.select("div.center").text()).isEqualTo("Middle");
	}

	@Test
	void aClassTheSiteDoesNotKnowIsDropped() {
		Document page = html("<div class=\"vesti-col isomer-card\">x</div>", BodyPipeline.Format.HTML);
		assertThat(page.select("div:containsOwn(x)").first().classNames()).containsExactly("isomer-card");
	}

	@Test
	void aCheckboxAccordionBecomesADisclosureThatWorksWithoutJavaScript() {
		Document page = html("<div><input type=\"checkbox\" id=\"q1\"><label for=\"q1\">Who can apply?</label>"
				+ "<div class=\"accordion-content\"><p>Everyone.</p></div></div>", BodyPipeline.Format.HTML);
		assertThat(page.select("details.accordion > summary").text()).isEqualTo("Who can apply?");
		assertThat(page.select("details.accordion p").text()).isEqualTo("Everyone.");
		assertThat(page.select("input, label")).isEmpty();
	}

	@Test
	void tiptapsGroupOfAccordionsKeepsThemSiblingsEachWithItsOwnSummary() {
		Document page = html("<div data-type=\"detailGroup\" class=\"isomer-accordion isomer-accordion-white\">\n"
				+ "<details class=\"isomer-details\">\n<summary><strong>Who can apply?</strong>\n</summary>\n"
				+ "<div data-type=\"detailsContent\" class=\"isomer-details-content\">\n<p>Everyone.</p>\n</div>\n"
				+ "</details>\n<details class=\"isomer-details\">\n<summary>When?</summary>\n"
				+ "<div data-type=\"detailsContent\" class=\"isomer-details-content\">\n<p>Now.</p>\n</div>\n"
				+ "</details>\n</div>\n", BodyPipeline.Format.HTML);
		assertThat(page.select("details details")).as("none nested in another").isEmpty();
		assertThat(page.select("details.accordion")).hasSize(2)
			.allSatisfy((details) -> assertThat(details.child(0).tagName()).isEqualTo("summary"));
		assertThat(page.select("details.accordion > summary")).extracting(Element::text)
			.containsExactly("Who can apply?", "When?");
		assertThat(page.select("details.accordion p")).extracting(Element::text).containsExactly("Everyone.", "Now.");
	}

	@Test
	void aFormToAListedHostKeepsWorkingWithLabelledFields() {
		PageBody body = twoForms();
		Document page = Jsoup.parseBodyFragment(body.introHtml());
		assertThat(page.select("form").attr("action")).isEqualTo("https://form.gov.sg/abc");
		assertThat(page.select("input").attr("aria-label")).isEqualTo("Your email");
		assertThat(body.needs().formActions()).containsExactly("https://form.gov.sg");
	}

	@Test
	void aFormToAnyOtherHostIsReplacedByANotice() {
		Document page = Jsoup.parseBodyFragment(twoForms().introHtml());
		assertThat(page.select("form")).hasSize(1);
		assertThat(page.text()).contains("This form is not available here.");
	}

	private PageBody twoForms() {
		return new BodyPipeline(List.of(), false, ImageSizes.NONE).render("f.md", "/f/",
				"<form action=\"https://form.gov.sg/abc\" method=\"post\"><input name=\"email\" placeholder=\"Your email\">"
						+ "<button type=\"submit\">Send</button></form><form action=\"/subscribe\"><input name=\"x\"></form>",
				1, false, BodyPipeline.Format.HTML, this.report);
	}

	@Test
	void strayClosingOrUnclosedTagsStayInsideTheContent() {
		Document page = html("<p>one</div></div></main><div><b>open", BodyPipeline.Format.HTML);
		assertThat(page.select("main")).isEmpty();
		assertThat(page.body().html()).contains("<b>open</b>");
	}

	@Test
	void misEncodedTextIsRepairedWithAWarning() {
		Document page = html("Itâ€™s the â€œbestâ€\u009d cafÃ© â€“ really", BodyPipeline.Format.MARKDOWN);
		assertThat(page.text()).isEqualTo("It’s the “best” café – really");
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("wrong encoding"));
	}

	@Test
	void tiptapHtmlIsNotReadAsMarkdownSoIndentationMakesNoCodeBlock() {
		Document page = html("<div class=\"isomer-card-grid\">\n    <a class=\"isomer-card\" href=\"/a/\">\n"
				+ "        <div class=\"isomer-card-title\">A</div>\n\n        <div>*not emphasis*</div>\n    </a>\n</div>",
				BodyPipeline.Format.HTML);
		assertThat(page.select("pre, code")).isEmpty();
		assertThat(page.select("a.isomer-card .isomer-card-title").text()).isEqualTo("A");
		assertThat(page.text()).contains("*not emphasis*");
	}

}
