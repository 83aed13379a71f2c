package sg.gov.tech.efforts.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test Isomer repository's pages in a browser: a homepage, collection pages with their side navigation, a
 * resource room list, a post, the contact page; axe finds nothing, nothing scrolls sideways at 320 px, the Nu Html
 * Checker finds no error, and the header's drop-downs work from the keyboard without JavaScript.
 */
@BrowserTest
@TestPropertySource(properties = "site.content.location=classpath:fixtures/isomer-site/")
class IsomerPagesIT {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	static final List<String> PAGES = List.of("/", "/about-us/", "/about-us/team/staff/", "/news/", "/news/page2/",
			"/news/speeches/", "/news/2023/", "/news/press-releases/new-permits/", "/contact-us/", "/services/",
			"/components/", "/no-such-page/", "/search?q=examples");

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	private int port;

	Stream<Arguments> pagesAtEachSize() {
		return Stream.of(new int[] { 1280, 800 }, new int[] { 375, 812 })
			.flatMap((size) -> PAGES.stream().map((path) -> Arguments.of(path, size[0], size[1])));
	}

	static List<String> pages() {
		return PAGES;
	}

	@ParameterizedTest(name = "{0} at {1}x{2}")
	@MethodSource("pagesAtEachSize")
	void pageHasNoAxeViolations(String path, int width, int height) {
		chromium.viewport(width, height).open(path);
		Results results = new AxeBuilder().withTags(TAGS).analyze(chromium.driver());
		System.out.printf("axe %s at %dx%d: %d rules passed, %d violations%n", path, width, height,
				results.getPasses().size(), results.getViolations().size());
		assertThat(results.getPasses()).isNotEmpty();
		assertThat(results.getViolations()).as(() -> results.getViolations().stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList()
			.toString()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void nothingScrollsSidewaysAt320Pixels(String path) {
		chromium.viewport(320, 640).open(path);
		long scrollWidth = chromium.script("return document.documentElement.scrollWidth");
		assertThat(scrollWidth).as("scrollWidth of %s; wider: %s", path, chromium.script("""
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > innerWidth)
				  .map((e) => e.tagName + '.' + e.className).slice(0, 5).join(', ');
				""")).isLessThanOrEqualTo(320);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageHasNoHtmlErrors(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		NuChecker.Findings findings = NuChecker.html(response.body());
		System.out.printf("Nu Html Checker %s: %d errors, %d warnings%n", path, findings.errors.size(),
				findings.warnings.size());
		assertThat(findings.errors).as("errors in %s", path).isEmpty();
	}

	@Test
	void aDropDownOpensFromTheKeyboardAndItsLinksFollowInTheTabOrder() throws Exception {
		chromium.viewport(1280, 800).open("/privacy/");
		WebElement summary = chromium.driver().findElement(By.cssSelector(".site-nav details summary"));
		assertThat(summary.getText()).isEqualTo("About Us");
		WebElement firstLink = chromium.driver().findElement(By.cssSelector(".site-nav details a"));
		assertThat(firstLink.isDisplayed()).as("closed until asked").isFalse();
		summary.sendKeys(Keys.ENTER);
		assertThat(firstLink.isDisplayed()).as("open after Enter").isTrue();
		summary.sendKeys(Keys.TAB);
		assertThat(chromium.focused().getAttribute("href")).endsWith("/about-us/");
		chromium.screenshot("isomer-dropdown", 1280, 800);
	}

	@Test
	void aRoomsYearMenuOpensFromTheKeyboardAndItsLinksFollowInTheTabOrder() throws Exception {
		chromium.viewport(375, 812).open("/news/speeches/");
		WebElement summary = chromium.driver().findElement(By.cssSelector(".room-years summary"));
		WebElement recent = chromium.driver().findElement(By.cssSelector(".room-years a"));
		assertThat(recent.isDisplayed()).as("closed until asked").isFalse();
		summary.sendKeys(Keys.ENTER);
		assertThat(recent.isDisplayed()).as("open after Enter").isTrue();
		summary.sendKeys(Keys.TAB);
		assertThat(chromium.focused().getAttribute("href")).endsWith("/news/speeches/");
		chromium.focused().sendKeys(Keys.TAB);
		assertThat(chromium.focused().getAttribute("href")).endsWith("/news/speeches/2023/");
		chromium.screenshot("isomer-room-years", 375, 812);
	}

	@Test
	void aCardShowsWhereTheFocusIsAndLeadsToItsPost() {
		chromium.viewport(1280, 800).open("/news/press-releases/");
		WebElement link = chromium.driver().findElement(By.cssSelector(".media-card-title a"));
		chromium.driver().findElement(By.cssSelector(".room-tabs a[aria-current=page]")).sendKeys(Keys.TAB);
		for (int i = 0; i < 10 && !link.equals(chromium.focused()); i++) {
			chromium.focused().sendKeys(Keys.TAB);
		}
		assertThat(chromium.focused()).as("the first card's link, by Tab").isEqualTo(link);
		String outline = chromium.script("return getComputedStyle(document.querySelector('.media-card')).outlineStyle");
		assertThat(outline).isEqualTo("solid");
		String background = chromium.script("return getComputedStyle(document.querySelector('.media-card')).backgroundColor");
		assertThat(background).as("a media colour").isNotEqualTo("rgba(0, 0, 0, 0)");
		link.sendKeys(Keys.ENTER);
		// Enter on a link may return before the browser has the next page: wait for it.
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.urlToBe(chromium.baseUrl() + "/news/press-releases/new-permits/"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void theConsoleShowsNoContentSecurityPolicyRefusal(String path) {
		chromium.viewport(1280, 800).console();
		chromium.open(path);
		assertThat(chromium.console()).as("console of %s", path)
			.noneSatisfy((line) -> assertThat(line).containsIgnoringCase("Content Security Policy"));
	}

	@Test
	void theComponentsPageHasItsCardsEmbedAccordionAndTable() {
		chromium.viewport(1280, 800).open("/components/");
		assertThat(chromium.driver().findElements(By.cssSelector(".isomer-card-grid > a.isomer-card"))).hasSize(2);
		assertThat(chromium.driver().findElements(By.cssSelector(".embed > iframe[title][loading=lazy]"))).hasSize(1);
		WebElement summary = chromium.driver().findElement(By.cssSelector("details.accordion > summary"));
		WebElement answer = chromium.driver().findElement(By.cssSelector("details.accordion p"));
		assertThat(answer.isDisplayed()).isFalse();
		summary.sendKeys(Keys.ENTER);
		assertThat(answer.isDisplayed()).isTrue();
		String color = chromium.script("return getComputedStyle(document.querySelector('.content-area p[class^=s-]')).color");
		assertThat(color).isEqualTo("rgb(139, 0, 0)");
		long tableRight = chromium.viewport(320, 640).open("/components/")
			.<Long>script("return Math.round(document.querySelector('.table-wrapper').getBoundingClientRect().right)");
		assertThat(tableRight).isLessThanOrEqualTo(320);
	}

	@Test
	void screenshotsOfEachKindOfPage() throws Exception {
		for (String path : List.of("/", "/about-us/team/staff/", "/news/", "/news/speeches/", "/contact-us/",
				"/components/", "/no-such-page/")) {
			chromium.viewport(1280, 800).open(path);
			assertThat(chromium.screenshot("isomer" + path.replace('/', '-'), 1280, 800)).exists();
			chromium.viewport(375, 812).open(path);
			assertThat(chromium.screenshot("isomer" + path.replace('/', '-'), 375, 812)).exists();
		}
	}

}
