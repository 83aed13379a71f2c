package sg.gov.tech.efforts.ops;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.gov.tech.efforts.ops.LocalGet.get;

/**
 * The operations surface as a load balancer or an attacker sees it from outside the container: on the public port
 * only the probes at {@code /livez} and {@code /readyz}, every {@code /actuator/} path the site's 404 page; the
 * actuator, with health, metrics and the feedback export only, on the management port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProbesTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void theManagementPortIsNotThePublicOne() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@ParameterizedTest
	@CsvSource({ "public, /livez", "public, /readyz", "management, /actuator/health/liveness",
			"management, /actuator/health/readiness" })
	void probesAnswerUpWithoutDetails(String port, String path) throws Exception {
		HttpResponse<String> response = get(port.equals("public") ? this.port : this.managementPort, path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void aggregateHealthNamesOnlyTheProbeGroupsAndTheFeedbackDatabase() throws Exception {
		HttpResponse<String> response = get(this.managementPort, "/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo("{\"groups\":[\"feedback\",\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/env", "/actuator/heapdump", "/actuator/beans",
			"/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump",
			"/actuator/shutdown", "/actuator/info", "/actuator/metrics", "/actuator/prometheus", "/actuator/feedback" })
	void everyActuatorPathOnThePublicPortIsThe404Page(String path) throws Exception {
		HttpResponse<String> response = get(this.port, path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/beans",
			"/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump",
			"/actuator/shutdown", "/actuator/info", "/actuator/metrics", "/livez",
			"/about-us/what-we-do/our-digital-government-efforts/" })
	void theManagementPortHasOnlyHealthMetricsAndFeedback(String path) throws Exception {
		HttpResponse<String> response = get(this.managementPort, path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Our Digital Government Efforts");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/diskSpace", "/actuator/health/ping", "/actuator/health/livenessState" })
	void healthComponentsAreNotShown(String path) throws Exception {
		HttpResponse<String> response = get(this.managementPort, path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("UP");
	}

	/**
	 * Readiness comes after the context's refresh, and the site is served during it ({@code CurrentSite}, whose early
	 * load {@code EarlyContentLoadTests} follows): here, that the application reports itself ready with a site.
	 */
	@Test
	void theApplicationAcceptsTrafficWithItsContentServed(@Autowired ApplicationAvailability availability,
			@Autowired CurrentSite content) {
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(content.site().pages()).isNotEmpty();
	}

	@Test
	void requestsAreTimedInTheConnectorNotByAServletFilter(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.extracting(FilterRegistrationBean::getFilter)
			.isNotEmpty()
			.noneMatch(ServerHttpObservationFilter.class::isInstance);
		assertThat(context.getBeansOfType(ServerHttpObservationFilter.class)).isEmpty();
	}

}
