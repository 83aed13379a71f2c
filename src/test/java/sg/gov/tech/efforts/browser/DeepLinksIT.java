package sg.gov.tech.efforts.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import sg.gov.tech.efforts.model.Section;

import static org.assertj.core.api.Assertions.assertThat;

/** Deep links land where a reader expects: on the heading, in view and not covered by anything. */
@BrowserTest
class DeepLinksIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@ParameterizedTest(name = "at {0}x{1}")
	@CsvSource({ "1280, 800", "375, 812" })
	void openingAnAnchorShowsItsHeading(int width, int height) {
		Section area = area("digital-identity");
		chromium.viewport(width, height).open(chromium.visits().pagePath() + "#" + area.slug());
		assertShown(chromium.driver().findElement(By.id(area.slug())), area.title());
	}

	@ParameterizedTest(name = "at {0}x{1}")
	@CsvSource({ "1280, 800", "375, 812" })
	void clickingEachTableOfContentsEntryShowsItsHeading(int width, int height) {
		chromium.viewport(width, height).open(chromium.visits().pagePath());
		WebElement fold = chromium.driver().findElement(By.cssSelector(".sidebar-fold > summary"));
		if (fold.isDisplayed()) {
			// a phone folds the table of contents into one line: a visitor opens it first
			fold.click();
		}
		List<WebElement> entries = chromium.driver().findElements(By.cssSelector("nav.toc a, nav.fold-toc a")).stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(entries).hasSize(chromium.visits().areas().size());
		for (int i = 0; i < entries.size(); i++) {
			Section area = chromium.visits().areas().get(i);
			WebElement entry = entries.get(i);
			assertThat(entry.getText()).isEqualTo(area.title());
			entry.click();
			assertThat((String) chromium.script("return location.hash")).isEqualTo("#" + area.slug());
			assertShown(chromium.driver().findElement(By.id(area.slug())), area.title());
		}
	}

	@ParameterizedTest(name = "at {0}x{1}")
	@CsvSource({ "1280, 800", "375, 812" })
	void openingAnAreaPageShowsItsHeading(int width, int height) {
		Section area = area("digital-identity");
		chromium.viewport(width, height).open(chromium.visits().areaPath(area));
		assertShown(chromium.driver().findElement(By.tagName("h1")), area.title());
		assertThat(chromium.driver().getTitle()).startsWith(area.title() + " | ");
	}

	@Test
	void previousAndNextLinksWalkEveryAreaInOrder() {
		List<String> titles = chromium.visits().areas().stream().map(Section::title).toList();
		chromium.viewport(1280, 800).open(chromium.visits().areaPath(chromium.visits().areas().get(0)));
		assertThat(chromium.driver().findElements(By.cssSelector("a[rel=prev]"))).as("the first area has no previous")
			.isEmpty();
		assertThat(walk("next", titles.size())).containsExactlyElementsOf(titles);
		assertThat(chromium.driver().findElements(By.cssSelector("a[rel=next]"))).as("the last area has no next")
			.isEmpty();
		List<String> backwards = new ArrayList<>(titles);
		Collections.reverse(backwards);
		assertThat(walk("prev", titles.size())).containsExactlyElementsOf(backwards);
	}

	/** Follows the {@code rel} link until there is none, returning the h1 of every page seen, this one first. */
	private List<String> walk(String rel, int limit) {
		List<String> seen = new ArrayList<>();
		seen.add(chromium.driver().findElement(By.tagName("h1")).getText());
		List<WebElement> link = chromium.driver().findElements(By.cssSelector("a[rel=" + rel + "]"));
		while (!link.isEmpty() && seen.size() <= limit) {
			String next = link.get(0).getAttribute("href");
			link.get(0).click();
			// A click on a link may return before the browser has the next page: wait for it.
			new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(next));
			seen.add(chromium.driver().findElement(By.tagName("h1")).getText());
			link = chromium.driver().findElements(By.cssSelector("a[rel=" + rel + "]"));
		}
		return seen;
	}

	private Section area(String slug) {
		return chromium.visits().page().section(slug);
	}

	/** The heading has the text, lies wholly inside the viewport and its first line is not covered by anything. */
	private static void assertShown(WebElement heading, String title) {
		assertThat(heading.getText()).isEqualTo(title);
		Boolean shown = chromium.script("""
				const h = arguments[0], r = h.getBoundingClientRect(), line = h.getClientRects()[0];
				if (r.top < 0 || r.bottom > innerHeight || r.height === 0) return false;
				const top = document.elementFromPoint(line.left + 4, line.top + line.height / 2);
				return top !== null && (h === top || h.contains(top));
				""", heading);
		assertThat(shown).as("heading '%s' is in view and not covered (scrollY %s)", title,
				chromium.script("return scrollY")).isTrue();
	}

}
