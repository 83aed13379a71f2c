package sg.gov.tech.efforts.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations surface as a load balancer or an attacker sees it from outside the container. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProbesTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ReadinessRecorder readiness;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesAnswerUpWithoutDetails(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void aggregateHealthNamesOnlyTheProbeGroups() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/", "/actuator/env", "/actuator/heapdump", "/actuator/beans",
			"/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump",
			"/actuator/shutdown", "/actuator/info", "/actuator/metrics", "/actuator/prometheus" })
	void everyOtherActuatorEndpointIsThe404Page(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/diskSpace", "/actuator/health/ping", "/actuator/health/livenessState" })
	void healthComponentsAreNotShown(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("status");
	}

	@Test
	void readinessIsOnlyAcceptingTrafficOnceTheContentIsLoaded() {
		assertThat(this.readiness.states).contains(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(this.readiness.contentLoadedWhenAccepting).isTrue();
	}

	@Test
	void requestsAreNotTimedForMetricsThatNothingExports(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.extracting(FilterRegistrationBean::getFilter)
			.isNotEmpty()
			.noneMatch(ServerHttpObservationFilter.class::isInstance);
		assertThat(context.getBeansOfType(ServerHttpObservationFilter.class)).isEmpty();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Records readiness changes and whether the site was being served when traffic was first accepted. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ReadinessRecorder {

		final List<ReadinessState> states = new ArrayList<>();

		volatile boolean contentLoadedWhenAccepting;

		@Autowired
		private SiteContent content;

		@EventListener
		void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
			this.states.add(event.getState());
			if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				this.contentLoadedWhenAccepting = this.content.site() != null && !this.content.site().pages().isEmpty();
			}
		}

	}

}
