package sg.gov.tech.efforts.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's site on a phone (fixtures/branded-site: seven navigation links, a collection with side navigation): the
 * logo and a Menu button, content within 180 px of the top, the menu and the side navigation opened and closed from
 * the keyboard without JavaScript; on a desktop both are simply shown. axe and the Nu Html Checker find nothing.
 */
@BrowserTest
@TestPropertySource(properties = "site.content.location=classpath:fixtures/branded-site/")
class MobileHeaderIT {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	/** Links a visitor sees above the content, before opening anything: skip link (off screen) aside. */
	private static final String VISIBLE_LINKS_ABOVE_MAIN = """
			const top = document.querySelector('main').getBoundingClientRect().top;
			return [...document.querySelectorAll('a[href]')].filter((a) => {
			  const r = a.getBoundingClientRect();
			  return a.checkVisibility({ visibilityProperty: true }) && r.width > 1 && r.height > 1 && r.bottom > 0
			    && r.top < top;
			}).length;
			""";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/services/apply/", "/events/" })
	void contentStartsWithin180PixelsOfTheTopAt375Pixels(String path) {
		chromium.viewport(375, 812).open(path);
		long mainTop = chromium.script("return Math.round(document.querySelector('main').getBoundingClientRect().top)");
		System.out.printf("main starts %d px down on %s at 375 px%n", mainTop, path);
		assertThat(mainTop).isLessThanOrEqualTo(180);
		long links = chromium.script(VISIBLE_LINKS_ABOVE_MAIN);
		assertThat(links).as("links visible above the content before the menu opens").isLessThanOrEqualTo(8);
		assertThat(shown(chromium.driver().findElement(By.cssSelector(".site-nav")))).isFalse();
		assertThat(shown(chromium.driver().findElement(By.cssSelector(".menu-nav")))).isFalse();
	}

	@Test
	void theMenuButtonOpensAndClosesFromTheKeyboardAt375Pixels() throws Exception {
		chromium.viewport(375, 812).open("/events/");
		WebElement button = chromium.driver().findElement(By.cssSelector(".site-menu > summary"));
		// the first entry drops down a collection's pages: its own button is what a Tab reaches first
		WebElement firstLink = chromium.driver().findElement(By.cssSelector(".menu-nav > ul > li > details > summary"));
		tabUntil(button);
		assertThat(button.getText()).isEqualTo("Menu");
		assertThat(expanded(button)).as("announced collapsed").isFalse();
		assertThat(shown(firstLink)).isFalse();

		button.sendKeys(Keys.ENTER);
		assertThat(shown(firstLink)).as("open after Enter").isTrue();
		assertThat(expanded(button)).as("announced expanded").isTrue();
		chromium.screenshot("menu-open", 375, 812);
		chromium.focused().sendKeys(Keys.TAB);
		assertThat(chromium.focused()).as("the menu's first link follows the button").isEqualTo(firstLink);
		long scrollWidth = chromium.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).as("the open menu stays within the screen").isLessThanOrEqualTo(375);

		chromium.focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
		assertThat(chromium.focused()).isEqualTo(button);
		button.sendKeys(Keys.SPACE);
		assertThat(shown(firstLink)).as("closed after Space").isFalse();
		assertThat(expanded(button)).isFalse();
	}

	@Test
	void theOpenMenuHasNoAxeViolationsAt320Pixels() {
		chromium.viewport(320, 640).open("/");
		chromium.driver().findElement(By.cssSelector(".site-menu > summary")).click();
		assertThat(shown(chromium.driver().findElement(By.cssSelector(".menu-nav > ul > li > a")))).isTrue();
		long scrollWidth = chromium.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).isLessThanOrEqualTo(320);
		assertNoAxeViolations();
	}

	@Test
	void theSideNavigationIsOneLineUntilOpenedFromTheKeyboardAt375Pixels() {
		chromium.viewport(375, 812).open("/services/apply/");
		WebElement fold = chromium.driver().findElement(By.cssSelector(".sidebar-fold > summary"));
		WebElement link = chromium.driver().findElement(By.cssSelector(".sidebar-fold .fold-sidenav a"));
		assertThat(fold.getText()).isEqualTo("Services");
		assertThat(fold.getRect().getHeight()).as("one line").isLessThan(60);
		assertThat(shown(link)).isFalse();
		tabUntil(fold);
		fold.sendKeys(Keys.ENTER);
		assertThat(shown(link)).isTrue();
		assertThat(expanded(fold)).isTrue();
		fold.sendKeys(Keys.ENTER);
		assertThat(shown(link)).isFalse();
	}

	@Test
	void onADesktopTheNavigationAndSideNavigationShowWithoutTheirButtons() {
		chromium.viewport(1280, 800).open("/services/apply/");
		assertThat(shown(chromium.driver().findElement(By.cssSelector(".site-menu > summary")))).isFalse();
		assertThat(chromium.driver().findElements(By.cssSelector(".site-nav > ul > li")))
			.hasSize(7)
			.allSatisfy((item) -> assertThat(shown(item)).isTrue());
		assertThat(shown(chromium.driver().findElement(By.cssSelector("#site-search-q")))).isTrue();
		assertThat(shown(chromium.driver().findElement(By.cssSelector(".sidebar-fold > summary")))).isFalse();
		assertThat(chromium.driver().findElements(By.cssSelector(".sidebar-fold a")))
			.allSatisfy((link) -> assertThat(shown(link)).isFalse());
		assertThat(chromium.driver().findElements(By.cssSelector(".sidebar-wide a"))).isNotEmpty()
			.allSatisfy((link) -> assertThat(shown(link)).isTrue());
		long headerHeight = chromium.script("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
		assertThat(headerHeight).as("the header at 1280 px").isLessThan(140);
	}

	@Test
	void theBrandsColoursReachThePage() {
		chromium.viewport(1280, 800).open("/services/apply/");
		String band = chromium.script("return getComputedStyle(document.querySelector('.page-title')).backgroundColor");
		assertThat(band).isEqualTo("rgb(96, 49, 182)");
		String heading = chromium.script("return getComputedStyle(document.querySelector('.prose h2')).color");
		assertThat(heading).isEqualTo("rgb(97, 64, 103)");
		String font = chromium.script("return getComputedStyle(document.body).fontFamily");
		assertThat(font).startsWith("Lato");
		Boolean loaded = chromium.script("return document.fonts.check('16px Lato')");
		assertThat(loaded).as("Lato loaded from the site").isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/services/apply/" })
	void pagesHaveNoAxeViolationsOrHtmlErrorsAt375Pixels(String path) throws Exception {
		chromium.viewport(375, 812).open(path);
		assertNoAxeViolations();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(NuChecker.html(response.body()).errors).as("Nu errors in %s", path).isEmpty();
	}

	private void assertNoAxeViolations() {
		Results results = new AxeBuilder().withTags(TAGS).analyze(chromium.driver());
		assertThat(results.getPasses()).isNotEmpty();
		assertThat(results.getViolations()).as(() -> results.getViolations().stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList()
			.toString()).isEmpty();
	}

	/** Whether an element is drawn, by the browser's own account. */
	private static boolean shown(WebElement element) {
		return chromium.<Boolean>script("const r = arguments[0].getBoundingClientRect();"
				+ " return arguments[0].checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0",
				element);
	}

	/** Tabs from the top of the page until an element has focus, as a keyboard user would. */
	private static void tabUntil(WebElement target) {
		chromium.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
		WebElement body = chromium.driver().findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		for (int i = 0; i < 30 && !chromium.focused().equals(target); i++) {
			chromium.focused().sendKeys(Keys.TAB);
		}
		assertThat(chromium.focused()).as("reached by Tab").isEqualTo(target);
	}

	/** Whether the browser tells assistive technology that a disclosure is expanded; it must say one or the other. */
	@SuppressWarnings("unchecked")
	private static boolean expanded(WebElement summary) {
		String id = "probe-" + System.nanoTime();
		chromium.script("arguments[0].setAttribute('data-probe', arguments[1])", summary, id);
		Map<String, Object> document = chromium.driver().executeCdpCommand("DOM.getDocument", Map.of());
		Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
		Map<String, Object> node = chromium.driver().executeCdpCommand("DOM.querySelector",
				Map.of("nodeId", root, "selector", "[data-probe='" + id + "']"));
		Map<String, Object> tree = chromium.driver().executeCdpCommand("Accessibility.getPartialAXTree",
				Map.of("nodeId", node.get("nodeId"), "fetchRelatives", false));
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
		List<Map<String, Object>> properties = (List<Map<String, Object>>) nodes.get(0).get("properties");
		return properties.stream()
			.filter((property) -> "expanded".equals(property.get("name")))
			.map((property) -> (Map<String, Object>) property.get("value"))
			.map((value) -> Boolean.TRUE.equals(value.get("value")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the disclosure has no expanded state: " + nodes.get(0)));
	}

}
