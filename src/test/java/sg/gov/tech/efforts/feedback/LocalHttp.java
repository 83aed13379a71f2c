package sg.gov.tech.efforts.feedback;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests to the running application as a browser sends them, redirects not followed. */
final class LocalHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private LocalHttp() {
	}

	static HttpResponse<String> get(int port, String path, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(port, path)).GET(), headers);
	}

	/** A form posted from one of the site's own pages, as a browser sends it (with its Origin). */
	static HttpResponse<String> post(int port, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(port, path)).POST(HttpRequest.BodyPublishers.ofString(body)),
				"Content-Type", "application/x-www-form-urlencoded", "Origin", "http://localhost:" + port);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String... headers)
			throws IOException, InterruptedException {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
