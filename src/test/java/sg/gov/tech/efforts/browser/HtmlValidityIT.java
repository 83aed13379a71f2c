package sg.gov.tech.efforts.browser;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import sg.gov.tech.efforts.content.SiteContent;

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

	/** The checker's own schema for HTML, as its command line uses; it ships inside the validator jar. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	private SiteContent content;

	@LocalServerPort
	private int port;

	Stream<Arguments> pages() {
		Visits visits = Visits.of(this.content);
		return Stream.of(Arguments.of(visits.pagePath(), 200),
				Arguments.of(visits.areaPath(visits.page().section("digital-identity")), 200),
				Arguments.of(Visits.SEARCHES.get(0), 200), Arguments.of(Visits.MISSING, 404));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageHasNoHtmlErrors(String path, int status) throws Exception {
		Findings findings = check(fetch(path, status));
		System.out.printf("Nu Html Checker %s: %d errors, %d warnings%n", path, findings.errors.size(),
				findings.warnings.size());
		findings.warnings.forEach((warning) -> System.out.println("  warning: " + warning));
		assertThat(findings.errors).as("errors in %s", path).isEmpty();
	}

	@Test
	void stylesheetHasNoCssErrors() throws Exception {
		Findings findings = new Findings();
		SimpleDocumentValidator validator = validator(findings);
		// a byte stream: the checker puts the stylesheet inside an HTML <style> by prefixing bytes
		InputSource css = new InputSource(new ByteArrayInputStream(fetch("/assets/site.css", 200).getBytes(UTF_8)));
		css.setEncoding(UTF_8.name());
		validator.checkCssInputSource(css);
		System.out.printf("Nu Html Checker /assets/site.css: %d errors%n", findings.errors.size());
		assertThat(findings.errors).as("errors in site.css").isEmpty();
	}

	@Test
	void checkerFindsErrorsInBrokenHtml() throws Exception {
		Findings findings = check("<!DOCTYPE html><html><head></head><body><p><div></p><img src=x></body></html>");
		assertThat(findings.errors).as("the checker really checks").hasSizeGreaterThanOrEqualTo(3);
	}

	private Findings check(String html) throws Exception {
		Findings findings = new Findings();
		validator(findings).checkHtmlInputSource(new InputSource(new StringReader(html)));
		return findings;
	}

	private static SimpleDocumentValidator validator(Findings findings) throws Exception {
		SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(HTML_SCHEMA, findings);
		validator.setUpValidatorAndParsers(findings, true, false);
		validator.setAllowCss(true);
		return validator;
	}

	private String fetch(String path, int status) throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
		return response.body();
	}

	/** What the checker reported: errors (fatal ones too) and warnings, each with its line and column. */
	private static final class Findings implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
			this.warnings.add(describe(exception));
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
