package sg.gov.tech.efforts.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * One headless Debian Chromium for a whole test class (starting one is slow on a small machine), pointed at the
 * application the class's {@link BrowserTest} started. Never downloads a browser or driver: without Debian's
 * {@code chromium} and {@code chromium-driver} the class is skipped with a message, or fails under {@code CI=true}.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final boolean javaScript;

	private ChromeDriver driver;

	private Path profile;

	private String baseUrl;

	private Visits visits;

	Chromium() {
		this(true);
	}

	private Chromium(boolean javaScript) {
		this.javaScript = javaScript;
	}

	/**
	 * A browser whose pages run no script, as some visitors' do: everything must work the same. The tests' own
	 * {@link #script} calls still run, through the driver.
	 */
	static Chromium withoutJavaScript() {
		return new Chromium(false);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		requireBrowser();
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		this.baseUrl = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
		this.visits = Visits.of(application.getBean(CurrentSite.class));
		this.profile = Files.createTempDirectory("chromium-profile");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--hide-scrollbars", "--window-size=1280,800", "--user-data-dir=" + this.profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		if (!this.javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	private static void requireBrowser() {
		if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
			return;
		}
		String message = "Browser tests need Debian's Chromium at " + BROWSER + " and its driver at " + DRIVER
				+ " (apt-get install chromium chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message + ": under CI a missing browser is a failure, not a skip");
		}
		System.err.println("SKIPPED: " + message);
		abort(message);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	/** The pages of the site under test. */
	Visits visits() {
		return this.visits;
	}

	/** @return the address the application answers at, such as {@code http://localhost:41234} */
	String baseUrl() {
		return this.baseUrl;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Sets the viewport (the page's {@code innerWidth} and {@code innerHeight}) exactly, which a window size cannot
	 * do below the browser's minimum window width; it lasts across page loads.
	 */
	Chromium viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		return this;
	}

	/** Loads a path of the application, for example {@code /about-us/} or {@code /about-us/#digital-identity}. */
	Chromium open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	@SuppressWarnings("unchecked")
	<T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** The element that has keyboard focus. */
	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/** What the browser's console said since the last call: errors, CSP refusals, failed loads. */
	List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map((entry) -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	/** Writes a screenshot of the whole page, not just the viewport, then restores the viewport. */
	Path screenshot(String name, int width, int height) throws IOException {
		long fullHeight = script("return Math.ceil(document.documentElement.scrollHeight)");
		viewport(width, (int) Math.max(height, fullHeight));
		script("window.scrollTo(0, 0)");
		byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
		viewport(width, height);
		Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
		Files.createDirectories(file.getParent());
		return Files.write(file, png);
	}

}
