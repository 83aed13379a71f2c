package sg.gov.tech.efforts.browser;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback forms in a browser that runs no JavaScript: "Yes", "No" and a problem report each reach the thank-you
 * page, by mouse and by keyboard alone. ({@link FeedbackAccessibilityIT} runs axe, which is a script, on the way.)
 */
@BrowserTest
@TestPropertySource(properties = { "site.feedback.submissions-per-minute=1000",
		"site.feedback.directory=./target/feedback-data/browser" })
class FeedbackIT {

	@RegisterExtension
	static final Chromium chromium = Chromium.withoutJavaScript();

	@BeforeEach
	void desktop() {
		chromium.viewport(1280, 800);
	}

	@Test
	void thisBrowserRunsNoScriptOfAPage() {
		chromium.driver().get("data:text/html,<title>before</title><script>document.title='after'</script>");
		assertThat(chromium.driver().getTitle()).isEqualTo("before");
	}

	@Test
	void yesReachesTheThankYouPageWhichLinksBack() {
		String area = areaPath(chromium);
		chromium.open(area);
		button(chromium, "yes").click();
		assertThankYouPage(chromium, "yes");
		assertThat(chromium.driver().findElements(By.cssSelector("main form"))).as("no report form after a Yes")
			.isEmpty();
		chromium.driver().findElement(By.cssSelector(".feedback-back a")).click();
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.urlToBe(chromium.baseUrl() + area));
	}

	@Test
	void noReachesTheThankYouPageWhoseProblemFormIsSentToo() {
		chromium.open(chromium.visits().pagePath());
		button(chromium, "no").click();
		assertThankYouPage(chromium, "no");
		chromium.driver().findElement(By.id("feedback-wrong")).sendKeys("I could not find the Singpass help line");
		chromium.driver().findElement(By.cssSelector("main form.feedback-problem button")).click();
		assertThankYouPage(chromium, "problem");
	}

	@Test
	void aProblemReportOpensWithoutScriptAndReachesTheThankYouPage() {
		chromium.open(areaPath(chromium));
		WebElement report = chromium.driver().findElement(By.cssSelector("details.feedback-report"));
		assertThat(report.findElement(By.id("feedback-doing")).isDisplayed()).isFalse();
		report.findElement(By.tagName("summary")).click();
		report.findElement(By.id("feedback-doing")).sendKeys("Find out how to reset my Singpass");
		report.findElement(By.id("feedback-wrong")).sendKeys("The page does not say");
		report.findElement(By.cssSelector("button[type=submit]")).click();
		assertThankYouPage(chromium, "problem");
	}

	@Test
	void theNotFoundPagesReportReachesTheThankYouPage() {
		chromium.open(Visits.MISSING);
		assertThat(chromium.driver().findElements(By.cssSelector("form.feedback-useful"))).isEmpty();
		chromium.driver().findElement(By.cssSelector("details.feedback-report summary")).click();
		chromium.driver().findElement(By.id("feedback-wrong")).sendKeys("A link in an e-mail led here");
		chromium.driver().findElement(By.cssSelector("details.feedback-report button")).click();
		assertThankYouPage(chromium, "problem");
	}

	@Test
	void yesIsReachedAndSentByKeyboardAlone() {
		chromium.open(areaPath(chromium));
		tabTo(button(chromium, "yes"));
		assertVisibleFocus();
		enter();
		assertThankYouPage(chromium, "yes");
	}

	@Test
	void aProblemReportIsOpenedFilledInAndSentByKeyboardAlone() {
		chromium.open(areaPath(chromium));
		WebElement summary = chromium.driver().findElement(By.cssSelector("details.feedback-report summary"));
		tabTo(summary);
		assertVisibleFocus();
		enter();
		tab();
		assertThat(chromium.focused().getAttribute("id")).isEqualTo("feedback-doing");
		assertVisibleFocus();
		new Actions(chromium.driver()).sendKeys("Renew my passport").perform();
		tab();
		assertThat(chromium.focused().getAttribute("id")).isEqualTo("feedback-wrong");
		new Actions(chromium.driver()).sendKeys("The form link is broken").perform();
		tab();
		assertThat(chromium.focused().getText()).isEqualTo("Send report");
		assertVisibleFocus();
		enter();
		assertThankYouPage(chromium, "problem");
	}

	static String areaPath(Chromium chromium) {
		return chromium.visits().areaPath(chromium.visits().page().section("digital-identity"));
	}

	static WebElement button(Chromium chromium, String answer) {
		return chromium.driver().findElement(By.cssSelector("form.feedback-useful button[value=" + answer + "]"));
	}

	/** Waits for the form's answer to load: a click on a submit button may return before the browser has it. */
	static void assertThankYouPage(Chromium chromium, String answer) {
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(
				ExpectedConditions.urlMatches("^" + chromium.baseUrl() + "/page-feedback/thanks/\\?.*&answer=" + answer + "$"));
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your feedback");
	}

	/** Tabs until the element has focus, as a keyboard user would, from the top of the page. */
	private static void tabTo(WebElement target) {
		for (int i = 0; i < 300 && !target.equals(chromium.focused()); i++) {
			tab();
		}
		assertThat(chromium.focused()).as("Tab reaches %s", target.getText()).isEqualTo(target);
	}

	private static void tab() {
		new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
	}

	private static void enter() {
		new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
	}

	private static void assertVisibleFocus() {
		WebElement focused = chromium.focused();
		String outline = chromium.script("const s = getComputedStyle(arguments[0]); "
				+ "return s.outlineStyle + ' ' + parseFloat(s.outlineWidth)", focused);
		assertThat(outline).as("focus outline of %s", focused.getText()).doesNotStartWith("none");
		assertThat(Double.parseDouble(outline.split(" ")[1])).isGreaterThanOrEqualTo(2);
	}

}
