package sg.gov.tech.efforts.ops;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sg.gov.tech.efforts.ops.LocalGet.get;

/**
 * What an operator's Prometheus scrapes from the management port: requests by status with a latency histogram, pages
 * served by lane, content reloads and the JVM's memory; none of it on the public port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MetricsTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private CurrentSite content;

	@Test
	void requestsAreCountedByStatus() throws Exception {
		String before = serveAPageAndAMissingOne();
		// the connector records a request once its response is written, a moment after the client has it
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			String after = scrape();
			assertThat(increase(before, after, "site_http_requests_seconds_count{status=\"200\"}")).isEqualTo(1);
			assertThat(increase(before, after, "site_http_requests_seconds_count{status=\"404\"}")).isEqualTo(1);
		});
	}

	@Test
	void requestsAreTimedInAHistogram() throws Exception {
		String before = serveAPageAndAMissingOne();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				increase(before, scrape(), "site_http_requests_seconds_count{status=\"404\"}")).isPositive());
		String after = scrape();
		assertThat(after).contains("# TYPE site_http_requests_seconds histogram");
		double count = sample(after, "site_http_requests_seconds_count{status=\"200\"}");
		assertThat(sample(after, "site_http_requests_seconds_bucket{status=\"200\",le=\"+Inf\"}")).isEqualTo(count);
		assertThat(sample(after, "site_http_requests_seconds_bucket{status=\"200\",le=\"0.001\"}"))
			.isLessThanOrEqualTo(sample(after, "site_http_requests_seconds_bucket{status=\"200\",le=\"10.0\"}"));
		assertThat(sample(after, "site_http_requests_seconds_sum{status=\"404\"}")).isPositive();
	}

	@Test
	void scrapesOfTheManagementPortAreNotCountedAsRequests() throws Exception {
		assertThat(get(this.port, PAGE).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5)).until(() -> scrape().contains("status=\"200\""));
		String before = scrape();
		scrape();
		scrape();
		assertThat(increase(before, scrape(), "site_http_requests_seconds_count{status=\"200\"}")).isZero();
	}

	@Test
	void pagesServedAreCountedByLane() throws Exception {
		String before = scrape();
		assertThat(get(this.port, PAGE).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(increase(before, scrape(), "site_pages_served_total{lane=\"fast\"}"))
				.isEqualTo(1));
		assertThat(scrape()).contains("site_pages_served_total{lane=\"servlet\"}");
	}

	@Test
	void aServedReloadIsCountedOnce() throws Exception {
		Scrapes reload = reload();
		assertThat(increase(reload.before(), reload.after(), "site_content_reloads_seconds_count{outcome=\"served\"}"))
			.isEqualTo(1);
	}

	@Test
	void aServedReloadIsTimed() throws Exception {
		Scrapes reload = reload();
		assertThat(increase(reload.before(), reload.after(), "site_content_reloads_seconds_sum{outcome=\"served\"}"))
			.isPositive();
	}

	@Test
	void aServedReloadIsNotCountedAsRejected() throws Exception {
		assertThat(sample(reload().after(), "site_content_reloads_seconds_count{outcome=\"rejected\"}")).isZero();
	}

	@Test
	void theJvmsMemoryIsThere() throws Exception {
		Matcher heap = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"} (\\S+)$")
			.matcher(scrape());
		double used = 0;
		while (heap.find()) {
			used += Double.parseDouble(heap.group(1));
		}
		// one pool may be empty (young objects just collected), not the whole heap
		assertThat(used).as("jvm_memory_used_bytes of the heap's pools").isPositive();
	}

	@Test
	void theMetricsArePrometheusTextOnTheManagementPortOnly() throws Exception {
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
		HttpResponse<String> hidden = get(this.port, "/actuator/prometheus");
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.body()).contains("Page not found").doesNotContain("site_http_requests");
	}

	/** @return the scrape from before a page and a missing page were asked for */
	private String serveAPageAndAMissingOne() throws Exception {
		String before = scrape();
		assertThat(get(this.port, PAGE).statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/no/such/page/").statusCode()).isEqualTo(404);
		return before;
	}

	/** The scrapes either side of a reload of the unchanged content, which is served. */
	private Scrapes reload() throws Exception {
		String before = scrape();
		assertThat(this.content.reload()).isTrue();
		return new Scrapes(before, scrape());
	}

	private String scrape() throws IOException, InterruptedException {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** How much a series grew between two scrapes; one that was not there yet counts from 0. */
	private static double increase(String before, String after, String series) {
		return sample(after, series) - (before.contains("\n" + series + " ") ? sample(before, series) : 0);
	}

	/** The value of one series (its name and labels exactly as Prometheus text writes them). */
	private static double sample(String scrape, String series) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		assertThat(line.find()).as(series + " in the scrape").isTrue();
		return Double.parseDouble(line.group(1));
	}

	private record Scrapes(String before, String after) {
	}

}
