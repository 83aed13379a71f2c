package sg.gov.tech.efforts.body;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Liquid as Jekyll renders it, where whatever it cannot render is a warning and renders nothing. */
class LiquidRendererTests {

	private final LiquidRenderer liquid = new LiquidRenderer(
			(name) -> name.equals("card.html") ? Optional.of("<b>{{ include.title }}</b>") : Optional.empty());

	private final ValidationReport report = new ValidationReport();

	private final Map<String, Object> variables = Map.of("site", Map.of("title", "Agency", "data",
			Map.of("top-agencies", List.of(Map.of("name", "CPF Board", "image-url", "/cpf.png"),
					Map.of("name", "IRAS", "image-url", "/iras.png")))),
			"page", Map.of("title", "Top", "url", "/top/"));

	private String render(String text) {
		return this.liquid.render("page.md", 5, text, this.variables, this.report);
	}

	@Test
	void loopsOverDataFilesWhoseNamesHoldHyphensAsJekyllDoes() {
		assertThat(render("{% for a in site.data.top-agencies %}[{{ a.name }}|{{ a.image-url }}]{% endfor %}"))
			.isEqualTo("[CPF Board|/cpf.png][IRAS|/iras.png]");
		assertThat(render("{{ page.title }} of {{ site.title }} at {{ page.url }}")).isEqualTo("Top of Agency at /top/");
		assertThat(this.report.isEmpty()).isTrue();
	}

	@Test
	void anUnknownVariableRendersNothingWithAWarningOnItsLine() {
		assertThat(render("a\n{{ site.nothing }}\nb")).isEqualTo("a\n\nb");
		assertThat(this.report.warnings()).extracting(ContentProblem::toString)
			.containsExactly("page.md, line 6: Liquid: unknown variable 'site.nothing'; it renders nothing");
	}

	@Test
	void anUnknownTagOrFilterIsTakenOutWithAWarningWhileTheRestRenders() {
		assertThat(render("x {% accordion Title %}inside{% endaccordion %} y {{ site.title | shout }} z"))
			.isEqualTo("x inside y  z");
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("unknown tag 'accordion'"))
			.anySatisfy((problem) -> assertThat(problem).contains("unknown filter 'shout'"));
	}

	@Test
	void invalidLiquidNeverReachesVisitorsAsText() {
		String rendered = render("before {% if %} after {{ broken");
		assertThat(rendered).doesNotContain("{%").doesNotContain("{{").contains("before").contains("after");
		assertThat(this.report.warnings()).isNotEmpty();
	}

	@Test
	void includesComeFromTheRepositorysIncludesFolderWithTheirParameters() {
		assertThat(render("{% include card.html title=\"Hello\" %}")).isEqualTo("<b>Hello</b>");
		assertThat(render("{% include missing.html %}")).isEmpty();
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("there is no _includes/missing.html"));
	}

	@Test
	void textWithoutLiquidIsLeftAlone() {
		String text = "A page with { braces } and % signs";
		assertThat(render(text)).isSameAs(text);
	}

}
