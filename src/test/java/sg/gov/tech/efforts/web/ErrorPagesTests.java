package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as a visitor gets them from the real server, where Tomcat forwards errors to the error page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void unknownPathIsAHelpful404WithLinksToThePageAndAllNineAreas() throws Exception {
		HttpResponse<String> response = send("GET", "/no-such-page/");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select(".masthead")).hasSize(1);
		assertThat(page.select("main a[href=" + PAGE + "]")).hasSize(1);
		assertThat(page.select("main a[href^=" + PAGE + "]")).hasSize(10);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void unknownAreaOfAKnownPageIs404() throws Exception {
		assertThat(send("GET", PAGE + "no-such-area/").statusCode()).isEqualTo(404);
	}

	@Test
	void missingStaticFileIs404InTheSiteChrome() throws Exception {
		HttpResponse<String> response = send("GET", "/images/none.png");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@Test
	void anyClientGetsAnHtmlErrorPageNeverJsonOrWhitelabel() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/missing"))
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("Whitelabel").doesNotContain("\"status\"");
	}

	@Test
	void wrongMethodIs405WithAnAllowHeaderAndAPage() throws Exception {
		HttpResponse<String> response = send("POST", PAGE);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
				(allow) -> assertThat(allow).contains("GET"));
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Method Not Allowed");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("sg.gov.tech");
	}

	@Test
	void theErrorPathItselfIsNotAPage() throws Exception {
		HttpResponse<String> response = send("GET", "/error");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
