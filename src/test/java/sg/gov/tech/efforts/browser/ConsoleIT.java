package sg.gov.tech.efforts.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser reports nothing wrong with any page: no style or script refused by the Content Security Policy, no
 * script error, no missing file. Only images on other hosts may fail, as they cannot be reached from a test machine.
 */
@BrowserTest
class ConsoleIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@Test
	void browserReportsNoProblemOnAnyPage() {
		chromium.viewport(1280, 800);
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (String path : chromium.visits().everyKind()) {
			chromium.console();
			chromium.open(path);
			List<String> messages = chromium.console().stream()
				.filter((message) -> message.startsWith("SEVERE") || message.startsWith("WARNING"))
				.filter((message) -> !isExternalImageOffline(message) && !isTheExpected404(path, message))
				.toList();
			if (!messages.isEmpty()) {
				problems.put(path, messages);
			}
		}
		assertThat(problems).as("console messages by page").isEmpty();
	}

	private static boolean isExternalImageOffline(String message) {
		return message.contains("Failed to load resource") && !message.contains("http://localhost:");
	}

	private static boolean isTheExpected404(String path, String message) {
		return path.equals(Visits.MISSING) && message.contains(path) && message.contains("status of 404");
	}

}
