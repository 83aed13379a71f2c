package sg.gov.tech.efforts.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/** Pages fit every width from a 320 px phone up, with readable text, undistorted images and a responsive card block. */
@BrowserTest
class LayoutIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	Stream<String> everyPage() {
		return chromium.visits().everyKind().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyPage")
	void nothingScrollsSidewaysAt320Pixels(String path) {
		chromium.viewport(320, 640).open(path);
		long scrollWidth = chromium.script("return document.documentElement.scrollWidth");
		long innerWidth = chromium.script("return innerWidth");
		assertThat(innerWidth).isEqualTo(320);
		assertThat(scrollWidth).as("scrollWidth of %s; wider elements: %s", path, chromium.script("""
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > innerWidth)
				  .map((e) => e.tagName + '.' + e.className).slice(0, 5).join(', ');
				""")).isLessThanOrEqualTo(innerWidth);
	}

	/** Isomer's content starts 129 px down on a phone; with the masthead ours must within 180 px, menu closed. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("everyPage")
	void contentStartsWithin180PixelsOfTheTopAt375Pixels(String path) {
		chromium.viewport(375, 812).open(path);
		long mainTop = chromium.script("return Math.round(document.querySelector('main').getBoundingClientRect().top)");
		assertThat(mainTop).as("top of <main> on %s", path).isLessThanOrEqualTo(180);
		assertThat(chromium.driver().findElements(By.cssSelector(".masthead"))).as("the efforts page keeps the masthead")
			.hasSize(1);
	}

	@Test
	void cardsAreThreeAcrossOnADesktop() {
		List<Rectangle> cards = cards(1280, 800);
		assertThat(cards).hasSize(3);
		for (int i = 1; i < cards.size(); i++) {
			assertThat(cards.get(i).getY()).as("card %d is level with the first", i + 1).isEqualTo(cards.get(0).getY());
			assertThat(cards.get(i).getX()).as("card %d is right of the one before", i + 1)
				.isGreaterThanOrEqualTo(cards.get(i - 1).getX() + cards.get(i - 1).getWidth());
		}
	}

	@Test
	void cardsAreStackedOnAPhone() {
		List<Rectangle> cards = cards(375, 812);
		assertThat(cards).hasSize(3);
		for (int i = 1; i < cards.size(); i++) {
			assertThat(cards.get(i).getX()).as("card %d is aligned with the first", i + 1).isEqualTo(cards.get(0).getX());
			assertThat(cards.get(i).getY()).as("card %d is below the one before", i + 1)
				.isGreaterThanOrEqualTo(cards.get(i - 1).getY() + cards.get(i - 1).getHeight());
		}
	}

	private List<Rectangle> cards(int width, int height) {
		chromium.viewport(width, height).open(chromium.visits().pagePath());
		return chromium.driver().findElements(By.cssSelector(".prose .row > .col")).stream()
			.map(WebElement::getRect)
			.toList();
	}

	@ParameterizedTest(name = "at {0} px")
	@CsvSource({ "1280, 800", "375, 812", "320, 640" })
	void imagesKeepTheirAspectRatio(int width, int height) {
		chromium.viewport(width, height).open(chromium.visits().pagePath());
		List<Map<String, Object>> images = chromium.script("""
				return [...document.images].filter((i) => i.complete && i.naturalWidth > 0).map((i) => ({
				  src: i.getAttribute('src'), natural: i.naturalWidth / i.naturalHeight,
				  shown: i.clientWidth / i.clientHeight, fit: getComputedStyle(i).objectFit }));
				""");
		assertThat(images).as("images that loaded").isNotEmpty();
		for (Map<String, Object> image : images) {
			double natural = ((Number) image.get("natural")).doubleValue();
			double shown = ((Number) image.get("shown")).doubleValue();
			assertThat(shown).as("shown width/height of %s (object-fit %s)", image.get("src"), image.get("fit"))
				.isCloseTo(natural, withinPercentage(1));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyPage")
	void visibleTextIsAtLeast16Pixels(String path) {
		chromium.viewport(375, 812).open(path);
		List<String> small = chromium.script("""
				const small = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let text = walker.nextNode(); text; text = walker.nextNode()) {
				  const e = text.parentElement;
				  if (!text.textContent.trim() || !e.checkVisibility({ visibilityProperty: true })) continue;
				  if (e.closest('.visually-hidden')) continue;
				  const size = parseFloat(getComputedStyle(e).fontSize);
				  if (size < 16) small.push(size + 'px: ' + text.textContent.trim().slice(0, 40));
				}
				return small;
				""");
		assertThat(small).as("text smaller than 16px on %s", path).isEmpty();
	}

	@ParameterizedTest(name = "at {0}x{1}")
	@CsvSource({ "1280, 800", "375, 812" })
	void screenshotsForReviewers(int width, int height) throws IOException {
		Visits visits = chromium.visits();
		chromium.viewport(width, height).open(visits.pagePath());
		assertThat(chromium.screenshot("efforts-page", width, height)).isNotEmptyFile();
		chromium.open(visits.areaPath(visits.page().section("digital-identity")));
		assertThat(chromium.screenshot("area-digital-identity", width, height)).isNotEmptyFile();
		chromium.open(Visits.MISSING);
		assertThat(chromium.screenshot("page-not-found", width, height)).isNotEmptyFile();
	}

}
