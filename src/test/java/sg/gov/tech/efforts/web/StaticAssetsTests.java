package sg.gov.tech.efforts.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Static files as browsers and CDNs get them: hashed names cached for good, gzip, strong ETags and 304s. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticAssetsTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String IMAGE = "/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void pagesAndErrorPagesLinkTheStylesheetByItsContentHash() throws Exception {
		for (String path : new String[] { PAGE, PAGE + "digital-identity/", "/no-such-page/" }) {
			String html = new String(get(path, "").body());
			assertThat(stylesheetOf(html)).as(path).matches("/assets/site-[0-9a-f]{32}\\.css");
		}
	}

	@Test
	void theHashedNameIsTheStylesheetCachedForAYearAsImmutable() throws Exception {
		String hashed = stylesheetOf(new String(get(PAGE, "").body()));
		HttpResponse<byte[]> versioned = get(hashed, "");
		assertThat(versioned.statusCode()).isEqualTo(200);
		assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(versioned.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/css"));
		assertThat(versioned.body()).isEqualTo(get("/assets/site.css", "").body());
		assertThat(get("/assets/site-0123456789abcdef0123456789abcdef.css", "").statusCode()).isEqualTo(404);
	}

	@Test
	void thePlainNameIsRevalidatedEveryTime() throws Exception {
		HttpResponse<byte[]> plain = get("/assets/site.css", "");
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(plain.headers().firstValue("Last-Modified")).isPresent();
		assertThat(plain.headers().firstValue("ETag")).hasValueSatisfying(
				(etag) -> assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\""));
	}

	@Test
	void conditionalRequestsAnswer304WithoutABody() throws Exception {
		for (String path : new String[] { "/assets/site.css", IMAGE }) {
			HttpResponse<byte[]> first = get(path, "");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
			HttpResponse<byte[]> byEtag = send(request(path).header("If-None-Match", etag));
			assertThat(byEtag.statusCode()).as(path).isEqualTo(304);
			assertThat(byEtag.body()).as(path).isEmpty();
			assertThat(byEtag.headers().firstValue("ETag")).as(path).hasValue(etag);
			assertThat(send(request(path).header("If-Modified-Since", lastModified)).statusCode()).as(path)
				.isEqualTo(304);
			assertThat(send(request(path).header("If-None-Match", "\"stale\"")).statusCode()).as(path)
				.isEqualTo(200);
		}
	}

	@Test
	void textIsGzippedForClientsThatAcceptItWithItsOwnEtag() throws Exception {
		HttpResponse<byte[]> identity = get("/assets/site.css", "");
		HttpResponse<byte[]> gzipped = get("/assets/site.css", "gzip, deflate, br");
		assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(identity.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(gzipped.body().length).isLessThan(identity.body().length / 2);
		assertThat(gunzip(gzipped.body())).isEqualTo(identity.body());
		assertThat(gzipped.headers().firstValue("ETag")).isNotEqualTo(identity.headers().firstValue("ETag"));
		// compressed once: the same bytes every time
		assertThat(get("/assets/site.css", "gzip").body()).isEqualTo(gzipped.body());
	}

	@Test
	void imagesAreNotRecompressed() throws Exception {
		HttpResponse<byte[]> image = get(IMAGE, "gzip");
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void imagesAreCachedForTenMinutesThenRevalidatedByEtag() throws Exception {
		HttpResponse<byte[]> image = get(IMAGE, "gzip");
		assertThat(image.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
		assertThat(image.headers().firstValue("ETag")).isPresent();
	}

	private static String stylesheetOf(String html) {
		return Jsoup.parse(html).select("link[rel=stylesheet]").attr("href");
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path);
		if (!acceptEncoding.isEmpty()) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
