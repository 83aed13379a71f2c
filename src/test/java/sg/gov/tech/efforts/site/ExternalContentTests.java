package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Any number of Isomer pages from an external folder (without a site.yml), served with its images and files. */
class ExternalContentTests extends ExternalFolderSite {

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void everyPageIsServedAtItsPermalinkWithItsOwnTableOfContents() throws Exception {
		Document about = fetch("/about-us/");
		assertThat(about.select("h1").text()).isEqualTo("About Us");
		assertThat(about.select("nav.toc a")).extracting((link) -> link.attr("href"))
			.containsExactly("#who-we-are", "#what-we-do");
		Document services = fetch("/services/digital-services/");
		assertThat(services.select("h1").text()).isEqualTo("Digital Services");
		assertThat(services.html()).doesNotContain("<script>alert");
	}

	@Test
	void everySectionOfEveryPageHasItsDeepLinkPage() throws Exception {
		Document section = fetch("/services/digital-services/payments/");
		assertThat(section.select("h1").text()).isEqualTo("Payments");
		assertThat(section.select("nav[aria-label=Breadcrumb] li")).extracting(Element::text)
			.containsExactly("Home", "Services", "Digital Services", "Payments");
		assertThat(section.select("nav.sidenav a")).extracting(Element::text)
			.containsExactly("Singpass Logins", "Payments");
		assertThat(section.select("a[rel=prev]").attr("href")).isEqualTo("/services/digital-services/singpass-logins/");
		assertThat(fetch("/about-us/what-we-do/").select("a[href=/files/report.pdf]").attr("target"))
			.isEqualTo("_blank");
	}

	@Test
	void withoutItsOwnSettingsTheRootLeadsToTheFirstPage() throws Exception {
		HttpResponse<String> root = get("/");
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/about-us/"));
	}

	@Test
	void withoutItsOwnSettingsThe404ListsEveryPage() throws Exception {
		HttpResponse<String> missing = get("/no-such-page/");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(missing.body()).select("main a")).extracting((link) -> link.attr("href"))
			.contains("/about-us/", "/services/digital-services/", "/services/digital-services/payments/");
	}

	@Test
	void imagesAndFilesAreServedWithTheirContentTypes() throws Exception {
		assertThat(get("/images/team.png").headers().firstValue("Content-Type")).hasValue("image/png");
		HttpResponse<String> pdf = get("/files/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
	}

	@Test
	void nothingOutsideTheFoldersNorAnySourceOrDotFileIsServed() throws Exception {
		for (String path : List.of("/images/.hidden.png", "/images/draft.md", "/files/settings.yml",
				"/images/escape.png", "/images/../outside.txt", "/images/%2e%2e/outside.txt",
				"/images/..%2foutside.txt", "/images/%252e%252e/outside.txt", "/files/..;/outside.txt",
				"/images/%2e%68idden.png", "/about.md", "/services/digital.md", "/outside.txt")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain(SECRET);
		}
	}

	private Document fetch(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
