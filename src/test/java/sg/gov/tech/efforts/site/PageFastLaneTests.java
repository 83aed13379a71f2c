package sg.gov.tech.efforts.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.EffortsApplication;
import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages' fast lane ({@link PageAdapter}) and the servlet path answer every page, for every kind of GET and HEAD,
 * with the same status, headers and bytes: two servers on the same content, one with the fast lane off. Both time
 * every request for operators' metrics, whichever lane answers it.
 */
class PageFastLaneTests {

	/** Set by Tomcat per response, so never the same in two answers. */
	private static final List<String> PER_RESPONSE = List.of("date", "keep-alive", "connection");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** Requests sent to each server. */
	private final Map<ConfigurableApplicationContext, Integer> sent = new IdentityHashMap<>();

	@ParameterizedTest
	@ValueSource(strings = { "classpath:content/", "classpath:fixtures/isomer-site/" })
	void bothPathsAnswerEveryPageAlike(String location) throws Exception {
		try (ConfigurableApplicationContext fast = start(location, true);
				ConfigurableApplicationContext servlet = start(location, false)) {
			PageStore rendered = fast.getBean(PageRenderer.class).rendered(fast.getBean(CurrentSite.class).site());
			List<String> paths = new ArrayList<>(rendered.paths());
			assertThat(paths).hasSizeGreaterThan(5);
			// a redirect and a 404 go through Spring on both
			paths.add(paths.get(0).replaceAll("/$", ""));
			paths.add("/no/such/page/");
			int compared = 0;
			for (String path : paths) {
				for (Map.Entry<String, UnaryOperator<HttpRequest.Builder>> variant : variants(fast, path).entrySet()) {
					Answer expected = send(servlet, path, variant.getValue());
					Answer actual = send(fast, path, variant.getValue());
					assertThat(actual).as("%s %s", variant.getKey(), path).isEqualTo(expected);
					compared++;
				}
			}
			assertThat(fast.getBean(ServedPages.class).fastLane()).isGreaterThan(compared / 2);
			assertThat(servlet.getBean(ServedPages.class).fastLane()).isZero();
			assertThat(servlet.getBean(ServedPages.class).servletPath()).isGreaterThan(compared / 2);
			for (ConfigurableApplicationContext app : List.of(fast, servlet)) {
				// a request is timed once its response is written, a moment after the client has it
				await().atMost(Duration.ofSeconds(5))
					.untilAsserted(() -> assertThat(timed(app)).isEqualTo(this.sent.get(app).longValue()));
			}
		}
	}

	private static long timed(ConfigurableApplicationContext app) {
		return app.getBean(MeterRegistry.class)
			.find("site.http.requests")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private Map<String, UnaryOperator<HttpRequest.Builder>> variants(ConfigurableApplicationContext app, String path)
			throws Exception {
		Answer plain = send(app, path, UnaryOperator.identity());
		String etag = plain.header("etag");
		String lastModified = plain.header("last-modified");
		Map<String, UnaryOperator<HttpRequest.Builder>> variants = new TreeMap<>();
		variants.put("GET", UnaryOperator.identity());
		variants.put("GET gzip", (request) -> request.header("Accept-Encoding", "gzip, deflate, br"));
		variants.put("GET gzip refused", (request) -> request.header("Accept-Encoding", "gzip;q=0, br"));
		variants.put("HEAD", (request) -> request.method("HEAD", HttpRequest.BodyPublishers.noBody()));
		variants.put("HEAD gzip", (request) -> request.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.header("Accept-Encoding", "gzip"));
		variants.put("HTTPS behind a proxy", (request) -> request.header("X-Forwarded-Proto", "https"));
		variants.put("HTTPS then HTTP behind proxies", (request) -> request.header("X-Forwarded-Proto", "https, http"));
		variants.put("If-None-Match other", (request) -> request.header("If-None-Match", "\"other\""));
		variants.put("If-None-Match *", (request) -> request.header("If-None-Match", "*"));
		variants.put("If-None-Match malformed", (request) -> request.header("If-None-Match", "other"));
		variants.put("If-Match", (request) -> request.header("If-Match", "\"other\""));
		variants.put("If-Modified-Since long ago",
				(request) -> request.header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"));
		variants.put("If-Modified-Since unreadable", (request) -> request.header("If-Modified-Since", "yesterday"));
		if (etag != null) {
			variants.put("If-None-Match current", (request) -> request.header("If-None-Match", etag));
			variants.put("If-None-Match weak", (request) -> request.header("If-None-Match", "W/" + etag));
			variants.put("If-None-Match list", (request) -> request.header("If-None-Match", "\"a\", " + etag));
			variants.put("If-None-Match current, gzip",
					(request) -> request.header("If-None-Match", etag).header("Accept-Encoding", "gzip"));
		}
		if (lastModified != null) {
			variants.put("If-Modified-Since current", (request) -> request.header("If-Modified-Since", lastModified));
		}
		return variants;
	}

	private Answer send(ConfigurableApplicationContext app, String path, UnaryOperator<HttpRequest.Builder> variant)
			throws Exception {
		this.sent.merge(app, 1, Integer::sum);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		URI uri = new URI("http", null, "127.0.0.1", port, path, null, null);
		HttpResponse<byte[]> response = this.client.send(variant.apply(HttpRequest.newBuilder(uri)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.keySet().removeIf((name) -> PER_RESPONSE.contains(name.toLowerCase()) || name.startsWith(":"));
		return new Answer(response.statusCode(), headers, response.body());
	}

	private static ConfigurableApplicationContext start(String location, boolean fastLane) {
		return new SpringApplicationBuilder(EffortsApplication.class).run("--server.port=0",
				"--management.server.port=0", "--server.address=127.0.0.1", "--site.content.location=" + location,
				"--site.http.fast-lane=" + fastLane, "--spring.main.banner-mode=off");
	}

	private record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet().stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Answer answer && answer.status == this.status
					&& answer.headers.equals(this.headers) && java.util.Arrays.equals(answer.body, this.body);
		}

		@Override
		public int hashCode() {
			return this.status;
		}

		@Override
		public String toString() {
			return this.status + " " + this.headers + " (" + this.body.length + " bytes)";
		}

	}

}
