package sg.gov.tech.efforts.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The Nu Html Checker, run in this JVM on the HTML the server sends, finds no error in any kind of page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	private CurrentSite content;

	@LocalServerPort
	private int port;

	Stream<Arguments> pages() {
		Visits visits = Visits.of(this.content);
		return Stream.of(Arguments.of(visits.pagePath(), 200),
				Arguments.of(visits.areaPath(visits.page().section("digital-identity")), 200),
				Arguments.of(Visits.SEARCHES.get(0), 200), Arguments.of(Visits.MISSING, 404),
				Arguments.of("/page-feedback/thanks/?page=" + visits.pagePath() + "&answer=no", 200));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageHasNoHtmlErrors(String path, int status) throws Exception {
		NuChecker.Findings findings = check(fetch(path, status));
		System.out.printf("Nu Html Checker %s: %d errors, %d warnings%n", path, findings.errors.size(),
				findings.warnings.size());
		findings.warnings.forEach((warning) -> System.out.println("  warning: " + warning));
		assertThat(findings.errors).as("errors in %s", path).isEmpty();
	}

	@Test
	void stylesheetHasNoCssErrors() throws Exception {
		NuChecker.Findings findings = NuChecker.css(fetch("/assets/site.css", 200));
		System.out.printf("Nu Html Checker /assets/site.css: %d errors%n", findings.errors.size());
		assertThat(findings.errors).as("errors in site.css").isEmpty();
	}

	@Test
	void checkerFindsErrorsInBrokenHtml() throws Exception {
		NuChecker.Findings findings = check("<!DOCTYPE html><html><head></head><body><p><div></p><img src=x></body></html>");
		assertThat(findings.errors).as("the checker really checks").hasSizeGreaterThanOrEqualTo(3);
	}

	private static NuChecker.Findings check(String html) throws Exception {
		return NuChecker.html(html);
	}

	private String fetch(String path, int status) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
		return response.body();
	}

}
