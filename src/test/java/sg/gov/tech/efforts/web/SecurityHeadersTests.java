package sg.gov.tech.efforts.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.site.SecurityHeaders;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The security headers as browsers get them from the real server, on every kind of response. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET " + PAGE, "HEAD " + PAGE, "GET " + PAGE + "digital-identity/", "GET /",
			"GET /about-us/what-we-do/our-digital-government-efforts", "GET /no-such-page/", "GET /assets/site.css",
			"GET /images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png", "POST " + PAGE, "TRACE " + PAGE,
			"OPTIONS " + PAGE, "GET /%zz", "GET /images/..%2f..%2fetc%2fpasswd", "GET /error" })
	void everyResponseCarriesTheSecurityHeaders(String request) throws Exception {
		String[] parts = request.split(" ");
		RawHttp.Response response = RawHttp.send(this.port, parts[0], parts[1], "Content-Length: 0");
		assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.header("Cross-Origin-Opener-Policy")).hasValue("same-origin");
		assertThat(response.header("X-Frame-Options")).hasValue("DENY");
		assertThat(response.header("Permissions-Policy")).hasValueSatisfying((policy) -> assertThat(policy)
			.contains("camera=()", "geolocation=()", "microphone=()", "payment=()"));
		String csp = response.header("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("'unsafe-inline'")
			.doesNotContain("'unsafe-eval'")
			.containsPattern("base-uri '(self|none)'");
		assertThat(response.header("Strict-Transport-Security")).as("HSTS over plain HTTP").isEmpty();
		assertThat(response.header("Server")).isEmpty();
		assertThat(response.header("X-Powered-By")).isEmpty();
	}

	@Test
	void policyAllowsScriptsOnlyFromTheSiteAndNoPlugins() throws Exception {
		String csp = policyOf(RawHttp.send(this.port, "GET", PAGE));
		assertThat(directive(csp, "default-src")).isEqualTo("'self'");
		assertThat(directive(csp, "script-src")).isEqualTo("'self'");
		assertThat(directive(csp, "object-src")).isEqualTo("'none'");
		assertThat(directive(csp, "base-uri")).isEqualTo("'self'");
		assertThat(directive(csp, "form-action")).isEqualTo("'self'");
	}

	@Test
	void imagesAreAllowedFromTheSiteAndExactlyTheExternalHostsTheContentUses() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET", PAGE);
		Set<String> hosts = new TreeSet<>();
		for (Element image : Jsoup.parse(response.body()).select("img[src^=http]")) {
			hosts.add(image.attr("src").replaceFirst("^(https?://[^/]+).*$", "$1"));
		}
		// the seed page shows two images from the Isomer CDN, so its host must be there
		assertThat(hosts).contains("https://d33wubrfki0l68.cloudfront.net");
		assertThat(directive(policyOf(response), "img-src").split(" ")).containsExactlyInAnyOrderElementsOf(
				concat("'self'", hosts));
	}

	@Test
	void editorsStylesComeFromTheSitesOwnStylesheetsSoNoInlineStyleIsAllowed() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET", PAGE);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("[style]")).isEmpty();
		assertThat(directive(policyOf(response), "style-src")).isEqualTo("'self'");
		assertThat(policyOf(response)).doesNotContain("unsafe-inline").doesNotContain("unsafe-hashes");
		String stylesheet = page.select("link[rel=stylesheet][href^=/assets/content/]").attr("href");
		RawHttp.Response css = RawHttp.send(this.port, "GET", stylesheet);
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		// the three centred cards share one class, and the class carries what the attribute said
		String centred = page.select(".col").first().classNames().stream().filter((name) -> name.startsWith("s-"))
			.findFirst().orElseThrow();
		assertThat(page.select("." + centred)).hasSize(3);
		assertThat(css.body()).contains(".content-area ." + centred + "{text-align:center !important;}");
	}

	@Test
	void everyPageHasNoInlineScriptOrStyleBlockTheyWouldNeedToAllow() throws Exception {
		for (String path : List.of(PAGE, PAGE + "sustainability/", "/no-such-page/")) {
			Document page = Jsoup.parse(RawHttp.send(this.port, "GET", path).body());
			// JSON-LD is data, never run, so script-src does not apply to it
			assertThat(page.select("script:not([type=application/ld+json])")).as(path).isEmpty();
			assertThat(page.select("style")).as(path).isEmpty();
			assertThat(page.select("[onclick], [onload], [onerror]")).as(path).isEmpty();
		}
	}

	@Test
	void hstsIsSentWhenTheRequestCameOverHttpsThroughAProxy() throws Exception {
		for (String path : List.of(PAGE, "/", "/no-such-page/", "/assets/site.css")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", path, "X-Forwarded-Proto: https");
			assertThat(response.header("Strict-Transport-Security")).as(path)
				.hasValue("max-age=31536000; includeSubDomains");
		}
		RawHttp.Response plain = RawHttp.send(this.port, "GET", PAGE, "X-Forwarded-Proto: http");
		assertThat(plain.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void tomcatsOwnErrorReportShowsOnlyTheStatus() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET", "/%zz");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<h1>400 Bad Request</h1>").doesNotContain("Tomcat")
			.doesNotContain("Invalid URI").doesNotContain("<style");
		assertThat(response.header("Content-Security-Policy")).hasValue(SecurityHeaders.ERROR_REPORT_POLICY);
	}

	private static String policyOf(RawHttp.Response response) {
		return response.header("Content-Security-Policy").orElseThrow();
	}

	/** The sources of one directive of a policy. */
	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			String trimmed = directive.trim();
			if (trimmed.startsWith(name + " ")) {
				return trimmed.substring(name.length() + 1);
			}
		}
		throw new AssertionError("No " + name + " in " + policy);
	}

	private static List<String> concat(String first, Collection<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}

}
