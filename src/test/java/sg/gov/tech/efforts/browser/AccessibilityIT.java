package sg.gov.tech.efforts.browser;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no WCAG 2.0/2.1 A or AA problem, nor any best-practice one, on any page at desktop or phone size. */
@BrowserTest
class AccessibilityIT {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	Stream<Arguments> pagesAtEachSize() {
		List<String> paths = chromium.visits().everyKind();
		return Stream.of(new int[] { 1280, 800 }, new int[] { 375, 812 })
			.flatMap((size) -> paths.stream().map((path) -> Arguments.of(path, size[0], size[1])));
	}

	@ParameterizedTest(name = "{0} at {1}x{2}")
	@MethodSource("pagesAtEachSize")
	void pageHasNoAxeViolations(String path, int width, int height) {
		chromium.viewport(width, height).open(path);
		Results results = new AxeBuilder().withTags(TAGS).analyze(chromium.driver());
		System.out.printf("axe %s at %dx%d: %d rules passed, %d violations, %d incomplete%n", path, width, height,
				results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size());
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
	}

	@Test
	void axeReportsTheProblemsOfAPageThatHasThem() {
		chromium.viewport(1280, 800);
		chromium.driver().get("data:text/html,<title>t</title><img src=x.png><a href=%23></a>");
		Results results = new AxeBuilder().withTags(TAGS).analyze(chromium.driver());
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "link-name", "html-has-lang");
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n", "axe violations:\n", ""));
	}

}
