package sg.gov.tech.efforts.web;

import java.util.List;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A read-only site: GET and HEAD (and OPTIONS to ask), every other method 405 with the same Allow header. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpMethodsTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final List<String> PATHS = List.of(PAGE, PAGE + "cybersecurity/", "/assets/site.css",
			"/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png");

	@LocalServerPort
	private int port;

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void theRunningConnectorWritesThroughThe32KbBuffer() {
		// ConnectorConfigurationTests covers the settings; this is the customizer reaching the running server
		assertThat(connector().getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(32 * 1024));
	}

	@Test
	void theRunningConnectorKeepsAConnectionForAThousandRequestsAsNginxDoes() {
		assertThat(connector().getProperty("maxKeepAliveRequests")).hasToString("1000");
	}

	private Connector connector() {
		return ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
	}

	@Test
	void headAnswers200WithTheContentTypeOfGet() throws Exception {
		for (String path : PATHS) {
			RawHttp.Response get = RawHttp.send(this.port, "GET", path);
			RawHttp.Response head = RawHttp.send(this.port, "HEAD", path);
			assertThat(get.status()).as(path).isEqualTo(200);
			assertThat(head.status()).as(path).isEqualTo(200);
			assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
		}
	}

	@Test
	void headAnswersWithoutTheBodyThatGetSends() throws Exception {
		for (String path : PATHS) {
			assertThat(RawHttp.send(this.port, "GET", path).body()).as(path).isNotEmpty();
			assertThat(RawHttp.send(this.port, "HEAD", path).body()).as(path).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "MKCOL" })
	void everyOtherMethodIs405WithTheSameAllowHeader(String method) throws Exception {
		for (String path : PATHS) {
			RawHttp.Response response = RawHttp.send(this.port, method, path, "Content-Length: 0");
			assertThat(response.status()).as(method + " " + path).isEqualTo(405);
			assertThat(response.header("Allow")).as(method + " " + path).hasValue("GET, HEAD, OPTIONS");
			assertThat(response.body()).as(method + " " + path).contains("Method Not Allowed");
		}
	}

	@Test
	void traceNeverEchoesTheRequest() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "TRACE", PAGE, "X-Secret: do-not-echo");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("do-not-echo");
		assertThat(response.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
			.doesNotContain("message/http"));
	}

	@Test
	void optionsListsOnlyTheReadMethods() throws Exception {
		for (String path : PATHS) {
			RawHttp.Response response = RawHttp.send(this.port, "OPTIONS", path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.header("Allow").orElseThrow().split(",\\s*")).as(path)
				.containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
		}
	}

}
