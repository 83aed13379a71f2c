package sg.gov.tech.efforts.feedback;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With its database unreachable the site starts, serves and stays ready; only the forms say to try again later. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FeedbackDatabaseDownTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void unreachableDatabase(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + closed + "/feedback");
	}

	@Test
	void pagesAreServedAsBefore() throws Exception {
		assertThat(LocalHttp.get(this.port, PAGE).statusCode()).isEqualTo(200);
		assertThat(LocalHttp.get(this.port, PAGE + "digital-identity/").statusCode()).isEqualTo(200);
	}

	@Test
	void theSiteStaysReady() throws Exception {
		assertThat(LocalHttp.get(this.port, "/readyz").statusCode()).isEqualTo(200);
		assertThat(LocalHttp.get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(LocalHttp.get(this.managementPort, "/actuator/health/feedback").statusCode()).isEqualTo(503);
	}

	@Test
	void anAnswerIsMetWithAFriendlyPleaseTryAgainLater() throws Exception {
		HttpResponse<String> response = LocalHttp.post(this.port, "/page-feedback/useful",
				Map.of("page", PAGE, "useful", "yes"));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(Jsoup.parse(response.body()).select("main").text())
			.contains("We could not save your answer; please try again later.")
			.doesNotContain("Exception", "jdbc", "127.0.0.1");
	}

	@Test
	void theExportSaysTheDatabaseCannotBeRead() throws Exception {
		assertThat(LocalHttp.get(this.managementPort, "/actuator/feedback").statusCode()).isEqualTo(503);
	}

}
