package sg.gov.tech.efforts.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyboard user can skip to the content and reach every navigation link in reading order, seeing where focus is. */
@BrowserTest
class KeyboardIT {

	/** Everything a Tab can stop at on these pages, in document order. */
	private static final String TABBABLE = "a[href], summary, button, input, select, textarea, "
			+ "[tabindex]:not([tabindex='-1'])";

	/** A JavaScript function naming an element by its start tag and text, to compare elements in messages. */
	private static final String DESCRIBE = "(e) => e.outerHTML.split('>')[0] + '> ' "
			+ "+ e.textContent.replace(/\\s+/g, ' ').trim()";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@BeforeEach
	void desktop() {
		chromium.viewport(1280, 800);
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusIntoMainOnThePage() {
		skipToMain(chromium.visits().pagePath());
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusIntoMainOnAnAreaPage() {
		skipToMain(chromium.visits().areaPath(chromium.visits().areas().get(4)));
	}

	private void skipToMain(String path) {
		chromium.open(path);
		tab();
		WebElement skip = chromium.focused();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(isInViewport(skip)).as("the focused skip link is visible").isTrue();
		assertVisibleFocus(skip);
		skip.sendKeys(Keys.ENTER);
		assertThat((Boolean) chromium.script("return document.querySelector('main').contains(document.activeElement)"))
			.as("focus is inside <main> after the skip link")
			.isTrue();
		tab();
		assertThat((Boolean) chromium.script("return document.querySelector('main').contains(document.activeElement)"))
			.as("the next Tab continues inside <main>, not back at the header")
			.isTrue();
	}

	@Test
	void tableOfContentsLinksAreReachedInReadingOrderWithVisibleFocus() {
		chromium.open(chromium.visits().pagePath());
		List<WebElement> toc = chromium.driver().findElements(By.cssSelector("nav.toc a"));
		assertThat(toc).hasSize(chromium.visits().areas().size());
		assertFocusFollowsReadingOrder(toc);
	}

	@Test
	void sideNavigationLinksAreReachedInReadingOrderWithVisibleFocus() {
		chromium.open(chromium.visits().areaPath(chromium.visits().areas().get(0)));
		List<WebElement> sideNav = chromium.driver().findElements(By.cssSelector("nav.sidenav a"));
		assertThat(sideNav).hasSize(chromium.visits().areas().size());
		assertFocusFollowsReadingOrder(sideNav);
	}

	/** Tabs through the whole page: focus visits every tabbable element in document order, each visibly focused. */
	private void assertFocusFollowsReadingOrder(List<WebElement> navigation) {
		List<String> readingOrder = chromium.script("return [...document.querySelectorAll(arguments[0])]"
				+ ".filter((e) => e.checkVisibility({ visibilityProperty: true })).map(" + DESCRIBE + ")", TABBABLE);
		List<String> focusOrder = new ArrayList<>();
		List<String> navigationOrder = navigation.stream().map(KeyboardIT::describe).toList();
		for (int i = 0; i < readingOrder.size(); i++) {
			tab();
			WebElement focused = chromium.focused();
			focusOrder.add(describe(focused));
			if (navigation.contains(focused)) {
				assertVisibleFocus(focused);
			}
		}
		assertThat(focusOrder).as("focus order equals reading order").containsExactlyElementsOf(readingOrder);
		assertThat(focusOrder).containsSubsequence(navigationOrder);
	}

	private static String describe(WebElement element) {
		return chromium.script("return (" + DESCRIBE + ")(arguments[0])", element);
	}

	private static void tab() {
		new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
	}

	private static void assertVisibleFocus(WebElement element) {
		Map<String, Object> outline = chromium.script("""
				const style = getComputedStyle(arguments[0]);
				return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor,
				  focusVisible: arguments[0].matches(':focus-visible') };
				""", element);
		assertThat(outline).as("focus outline of %s", element.getText())
			.containsEntry("focusVisible", true)
			.doesNotContainEntry("style", "none");
		assertThat(((Number) outline.get("width")).doubleValue()).as("outline width").isGreaterThanOrEqualTo(2);
		assertThat(isInViewport(element)).as("%s is scrolled into view when focused", element.getText()).isTrue();
	}

	private static boolean isInViewport(WebElement element) {
		return chromium.script("""
				const r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
				  && r.bottom <= innerHeight && r.right <= innerWidth;
				""", element);
	}

}
