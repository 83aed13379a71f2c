package sg.gov.tech.efforts.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.seo.Sitemaps;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.source.GitRepository;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page shows and sends one date, the last commit that changed its file: footer, header, sitemap, JSON-LD. */
class PageDatesTests {

	private static final Instant OLDER = Instant.parse("2024-05-06T07:00:00Z");

	private static final Instant NEWER = Instant.parse("2025-03-04T05:06:07Z");

	private static Path folder;

	private static RenderedFixture site;

	@BeforeAll
	static void committedTwiceOneFileEdited() throws Exception {
		folder = Files.createTempDirectory("dated-content-");
		try (GitRepository git = new GitRepository(folder)) {
			git.write("old.md", "---\ntitle: Old\npermalink: /old/\n---\nOld text\n")
				.write("new.md", "---\ntitle: New\npermalink: /new/\n---\nFirst text\n")
				.commit("first", OLDER);
			git.write("new.md", "---\ntitle: New\npermalink: /new/\n---\nSecond text\n").commit("edit", NEWER);
		}
		site = RenderedFixture.of(folder.toString());
	}

	@AfterAll
	static void deleteFolder() throws Exception {
		FileSystemUtils.deleteRecursively(folder);
	}

	@Test
	void theFooterShowsTheDateOfTheLastCommitOfThePagesFile() {
		Document page = site.page("/old/");
		assertThat(page.select(".footer-updated time").attr("datetime")).isEqualTo("2024-05-06");
		assertThat(page.select(".footer-updated time").text()).isEqualTo("6 May 2024");
	}

	@Test
	void anEditedPageShowsTheDateOfItsEdit() {
		assertThat(site.page("/new/").select(".footer-updated time").attr("datetime")).isEqualTo("2025-03-04");
	}

	@Test
	void thePageIsSentWithTheSameDateAsLastModified() {
		assertThat(site.rendered("/old/").block(false).headers(200))
			.filteredOn((header) -> header.name().equals("Last-Modified"))
			.singleElement()
			.satisfies((header) -> assertThat(header.value()).isEqualTo("Mon, 06 May 2024 07:00:00 GMT"));
	}

	@Test
	void theStructuredDataGivesTheSameDate() {
		assertThat(site.page("/old/").select("script[type=application/ld+json]").html())
			.contains("\"dateModified\":\"2024-05-06T07:00:00Z\"");
	}

	@Test
	void theSitemapGivesEachPageTheSameDate() {
		assertThat(Sitemaps.of(site.site(), new SiteProperties()))
			.contains("/old/</loc>\n    <lastmod>2024-05-06T07:00:00Z</lastmod>")
			.contains("/new/</loc>\n    <lastmod>2025-03-04T05:06:07Z</lastmod>");
	}

}
