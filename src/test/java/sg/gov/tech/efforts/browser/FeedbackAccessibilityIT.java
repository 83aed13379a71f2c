package sg.gov.tech.efforts.browser;

import java.time.Duration;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (a script, so in a browser that runs one) finds no problem on any page of the feedback's way: a page with
 * the report form open, the thank-you page offering it, the form sent back empty, a refusal.
 */
@BrowserTest
// The same settings as FeedbackIT, so that both run against one application.
@TestPropertySource(properties = { "site.feedback.submissions-per-minute=1000",
		"site.feedback.directory=./target/feedback-data/browser" })
class FeedbackAccessibilityIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 375 })
	void everyPageOfTheFeedbacksWayHasNoAxeViolations(int width) {
		chromium.viewport(width, 800).open(FeedbackIT.areaPath(chromium));
		chromium.driver().findElement(By.cssSelector("details.feedback-report summary")).click();
		assertNoAxeViolations("an area page with the report form open");
		FeedbackIT.button(chromium, "no").click();
		FeedbackIT.assertThankYouPage(chromium, "no");
		assertNoAxeViolations("the thank-you page after No");
		chromium.driver().findElement(By.cssSelector("main form.feedback-problem button")).click();
		// A click on a submit button may return before the browser has the answer: wait for it.
		WebElement error = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-error")));
		assertThat(error.isDisplayed()).isTrue();
		assertNoAxeViolations("the report form sent back empty");
		chromium.open("/page-feedback/thanks/?page=/no-such-page/");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("We could not take this feedback");
		assertNoAxeViolations("the page refusing an unknown page");
	}

	private static void assertNoAxeViolations(String what) {
		Results results = new AxeBuilder().withTags(AccessibilityIT.TAGS).analyze(chromium.driver());
		assertThat(results.getPasses()).as("axe ran its rules on %s", what).isNotEmpty();
		assertThat(results.getViolations()).as(() -> what + ": " + AccessibilityIT.describe(results.getViolations()))
			.isEmpty();
	}

}
