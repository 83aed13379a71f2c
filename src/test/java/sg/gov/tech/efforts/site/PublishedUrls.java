package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;

import org.springframework.web.util.UriUtils;

/**
 * Every URL a loaded site publishes, asked for over HTTP as visitors and crawlers ask (through the connector's fast
 * lane and the servlet path alike): each page, section page and list page, the home page, search with and without
 * words, the sitemap and every URL it names, robots.txt, a 404, and every local link, image and stylesheet the pages
 * hold.
 */
final class PublishedUrls {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

	/**
	 * One answer.
	 *
	 * @param target what was asked for, as sent
	 * @param status its status
	 * @param contentType its Content-Type; empty for none
	 * @param body its body, as text
	 * @param contentSecurityPolicy its Content-Security-Policy header; empty for none
	 */
	record Answer(String target, int status, String contentType, String body, String contentSecurityPolicy) {

		boolean html() {
			return this.contentType.startsWith("text/html");
		}

	}

	private PublishedUrls() {
	}

	/**
	 * @param port the running application's port
	 * @param site the site it serves
	 * @return an answer for every URL the site publishes, each asked for once
	 */
	static List<Answer> fetchAll(int port, Site site) {
		Set<String> targets = new LinkedHashSet<>();
		site.routes().stream().map(Route::path).sorted().forEach((path) -> targets.add(encode(path)));
		targets.add("/");
		targets.add("/sitemap.xml");
		targets.add("/robots.txt");
		targets.add("/search");
		site.pages().stream().map(Page::title).limit(25).forEach((title) -> targets.add("/search?q="
				+ UriUtils.encodeQueryParam(title.substring(0, Math.min(60, title.length())), StandardCharsets.UTF_8)));
		targets.add("/no-such-page/anywhere/");
		List<Answer> answers = new ArrayList<>();
		targets.forEach((target) -> answers.add(get(port, target)));
		Set<String> linked = new LinkedHashSet<>();
		for (Answer answer : answers) {
			if (answer.html()) {
				for (Element element : Jsoup.parse(answer.body()).select("a[href], img[src], link[href]")) {
					local(element.hasAttr("href") ? element.attr("href") : element.attr("src"), answer.target())
						.ifPresent(linked::add);
				}
			}
			else if (answer.target().equals("/sitemap.xml")) {
				Matcher loc = LOC.matcher(answer.body());
				while (loc.find()) {
					local(URI.create(loc.group(1)).getRawPath(), "/").ifPresent(linked::add);
				}
			}
		}
		linked.removeAll(targets);
		linked.forEach((target) -> answers.add(get(port, target)));
		return answers;
	}

	/** A link's target on this site, without its fragment; empty for another site, a fragment or a mail address. */
	private static Optional<String> local(String href, String from) {
		try {
			URI base = new URI("http", "site", URI.create(from).getRawPath(), null);
			URI target = base.resolve(new URI(href.strip().replace(" ", "%20")));
			if (!"site".equals(target.getHost()) || target.getRawPath() == null || target.getRawPath().isEmpty()) {
				return Optional.empty();
			}
			String query = (target.getRawQuery() != null) ? "?" + target.getRawQuery() : "";
			return Optional.of(target.getRawPath() + query);
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String encode(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

	static Answer get(int port, String target) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
				.timeout(Duration.ofSeconds(30)).GET().build();
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(target, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Content-Security-Policy").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + target + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
