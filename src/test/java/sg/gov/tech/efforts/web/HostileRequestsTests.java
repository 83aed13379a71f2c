package sg.gov.tech.efforts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What attackers send every day, byte for byte over a socket: each gets a 4xx whose body tells nothing about the
 * server (no stack trace, class name, file path, server software or file contents) and still carries the headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileRequestsTests {

	/** Signs of a leak: stack traces, class and package names, server software, file paths, file contents. */
	private static final Pattern LEAK = Pattern.compile(String.join("|", "Exception", "\\bat (java|org|sg)\\.",
			"\\.java\\b", "java\\.", "org\\.springframework", "org\\.apache", "sg\\.gov\\.tech", "Tomcat", "Apache",
			"/work/", "/home/", "/root/", "/tmp/", "BOOT-INF", "WEB-INF", "META-INF", "classpath", "src/main",
			"permalink:", "third_nav_title", "server\\.error", "spring\\.", "root:x:0", "xmlns:th", "th:replace",
			"\\[core\\]", "Manifest-Version", "navigation:", "Whitelabel"));

	@LocalServerPort
	private int port;

	static Stream<Arguments> hostileRequests() {
		List<Arguments> cases = new ArrayList<>();
		Stream.of(
				// traversal, plain
				"/../../../../etc/passwd", "/images/../application.properties", "/images/../../application.properties",
				"/assets/../application.properties", "/assets/../templates/layout.html",
				"/files/../our-digital-government-efforts.md", "/about-us/../../../etc/passwd",
				"/images//../../application.properties", "//etc/passwd",
				// traversal, encoded dots, slashes and backslashes
				"/%2e%2e/%2e%2e/etc/passwd", "/images/%2e%2e/application.properties",
				"/images/.%2e/application.properties", "/images/%2E%2E/%2E%2E/application.properties",
				"/images/..%2fapplication.properties", "/assets/..%2f..%2fapplication.properties",
				"/images%2f..%2f..%2fetc%2fpasswd", "/%2fetc%2fpasswd", "/images/..%5capplication.properties",
				"/assets/..%5c..%5capplication.properties", "/images/..\\application.properties",
				"/images/..%c0%afapplication.properties", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
				"/%u002e%u002e/application.properties",
				// double encoding
				"/images/%252e%252e/application.properties", "/images/%252e%252e%252fapplication.properties",
				"/assets/%252e%252e%252f%252e%252e%252fapplication.properties", "/%252e%252e%255cetc%255cpasswd",
				// null bytes
				"/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png%00.md", "/application.properties%00",
				"/assets/site.css%00.html", "/%00",
				// invalid percent-encoding and bytes
				"/%zz", "/images/%", "/assets/%2", "/about-us/%G0/", "/images/%ff%fe", "/<script>alert(1)</script>/",
				"*",
				// what must never be served: server internals, templates, content sources, repository, secrets
				"/WEB-INF/web.xml", "/WEB-INF/classes/application.properties", "/web-inf/web.xml",
				"/META-INF/MANIFEST.MF", "/META-INF/spring.factories", "/BOOT-INF/classes/application.properties",
				"/assets/../WEB-INF/web.xml", "/application.properties", "/assets/application.properties",
				"/templates/layout.html", "/templates/error/404.html", "/assets/templates/layout.html",
				"/content/our-digital-government-efforts.md", "/our-digital-government-efforts.md",
				"/images/../our-digital-government-efforts.md", "/content/site.yml", "/site.yml", "/images/site.yml",
				"/static/site.css", "/sg/gov/tech/efforts/EffortsApplication.class", "/.git/config", "/.git/HEAD",
				"/.env", "/images/.gitkeep",
				// actuator internals
				"/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/beans",
				"/actuator/mappings", "/actuator/loggers", "/actuator/threaddump", "/actuator/health/../env",
				// path parameters used to dodge filters
				"/images/%2e%2e;/application.properties", "/assets;/../application.properties")
			.forEach((target) -> cases.add(arguments("GET", target, new String[0])));
		// overlong URL, query string, header and too many headers
		cases.add(arguments("GET", "/" + "a".repeat(20_000), new String[0]));
		cases.add(arguments("GET", "/?q=" + "a".repeat(20_000), new String[0]));
		cases.add(arguments("GET", "/", new String[] { "X-Long: " + "a".repeat(20_000) }));
		cases.add(arguments("GET", "/", IntStream.range(0, 150).mapToObj((i) -> "X-Many-" + i + ": x")
			.toArray(String[]::new)));
		// malformed headers: two hosts, a space in a header name
		cases.add(arguments("GET", "/", new String[] { "Host: localhost", "Host: evil.example" }));
		cases.add(arguments("GET", "/", new String[] { "Bad Header: x" }));
		// methods the site refuses
		for (String method : List.of("TRACE", "TRACK", "DELETE", "PUT", "PATCH", "PROPFIND", "FOO")) {
			cases.add(arguments(method, "/about-us/what-we-do/our-digital-government-efforts/", new String[0]));
		}
		cases.add(arguments("POST", "/assets/site.css", new String[] { "Content-Length: 0" }));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("hostileRequests")
	void getsA4xxThatRevealsNothing(String method, String target, String[] headers) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, method, target, headers);
		assertThat(response.status()).as("status").isBetween(400, 499);
		assertThat(LEAK.matcher(response.body()).find()).as("leak in body: %s", response.body()).isFalse();
		assertThat(response.headers()).noneMatch((line) -> LEAK.matcher(line).find());
		assertThat(response.header("Content-Security-Policy")).isPresent();
		assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void thereAreAtLeastFiftyHostileRequests() {
		assertThat(hostileRequests()).hasSizeGreaterThanOrEqualTo(50);
	}

	@Test
	void queryStringsAreNeverReflectedUnescaped() throws Exception {
		String attack = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%3E";
		for (String path : List.of("/", "/about-us/what-we-do/our-digital-government-efforts/",
				"/about-us/what-we-do/our-digital-government-efforts", "/no-such-page/", "/assets/site.css",
				"/search")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", path + "?q=" + attack + "&" + attack + "=1");
			String everything = String.join("\n", response.headers()) + "\n" + response.body();
			assertThat(everything).as(path).doesNotContain("<script>alert(1)</script>").doesNotContain("\"'>");
		}
	}

	@Test
	void anotherHostHeaderNeverLeadsElsewhere() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET",
				"/about-us/what-we-do/our-digital-government-efforts", "Host: evil.example",
				"X-Forwarded-Host: evil.example");
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.header("Location")).hasValue("/about-us/what-we-do/our-digital-government-efforts/");
	}

}
