package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Tomcat forwards to the error page, as a visitor gets them from the real server; what the error
 * controller answers is {@link ErrorPageControllerTests}'s. Configured as the other tests over HTTP, to share their
 * application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void missingStaticFileIs404InTheSiteChrome() throws Exception {
		HttpResponse<String> response = send("GET", "/images/none.png", "*/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@Test
	void anyClientGetsAnHtmlErrorPageNeverJsonOrWhitelabel() throws Exception {
		for (String path : new String[] { "/missing", "/images/none.png" }) {
			HttpResponse<String> response = send("GET", path, "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains("Page not found")
				.doesNotContain("Whitelabel")
				.doesNotContain("\"status\"");
		}
	}

	@Test
	void aWrongMethodGetsThe405ErrorPage() throws Exception {
		HttpResponse<String> response = send("POST", PAGE, "*/*");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
				(allow) -> assertThat(allow).contains("GET"));
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Method Not Allowed");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("sg.gov.tech");
	}

	private HttpResponse<String> send(String method, String path, String accept)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
