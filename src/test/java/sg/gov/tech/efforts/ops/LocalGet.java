package sg.gov.tech.efforts.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain GET to one of the running application's ports, as a probe, a load balancer or Prometheus sends it. */
final class LocalGet {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private LocalGet() {
	}

	static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
