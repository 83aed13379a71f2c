package sg.gov.tech.efforts.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An Isomer site's own not-found page ({@code misc/404.html}), from the real server: missing pages and files alike. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "site.content.location=classpath:fixtures/isomer-site/")
class SiteNotFoundPageTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aMissingPageGetsTheSitesOwnPageWithStatus404() throws Exception {
		HttpResponse<String> response = get("/no-such-page/");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page is not here :(").doesNotContain("We could not find the page");
	}

	@Test
	void aMissingFileGetsTheSamePage() throws Exception {
		HttpResponse<String> response = get("/files/no-such-file.pdf");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page is not here :(");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("style-src 'self'").doesNotContain("unsafe-inline"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
