package sg.gov.tech.efforts.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.source.GitRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Each page shows and sends one date, the last commit that changed its file: footer, header, sitemap, JSON-LD. */
@SpringBootTest
@AutoConfigureMockMvc
class PageDatesTests {

	private static final Instant OLDER = Instant.parse("2024-05-06T07:00:00Z");

	private static final Instant NEWER = Instant.parse("2025-03-04T05:06:07Z");

	private static Path folder;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void gitFolder(DynamicPropertyRegistry registry) throws Exception {
		folder = Files.createTempDirectory("dated-content-");
		try (GitRepository git = new GitRepository(folder)) {
			git.write("old.md", "---\ntitle: Old\npermalink: /old/\n---\nOld text\n")
				.write("new.md", "---\ntitle: New\npermalink: /new/\n---\nFirst text\n")
				.commit("first", OLDER);
			git.write("new.md", "---\ntitle: New\npermalink: /new/\n---\nSecond text\n").commit("edit", NEWER);
		}
		registry.add("site.content.location", folder::toString);
		registry.add("site.content.watch", () -> "false");
	}

	@AfterAll
	static void deleteFolder() throws Exception {
		FileSystemUtils.deleteRecursively(folder);
	}

	@Test
	void thePageShowsAndSendsTheDateOfTheLastCommitOfItsFile() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/old/")).andReturn().getResponse();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".footer-updated time").attr("datetime")).isEqualTo("2024-05-06");
		assertThat(page.select(".footer-updated time").text()).isEqualTo("6 May 2024");
		assertThat(response.getHeader("Last-Modified")).isEqualTo("Mon, 06 May 2024 07:00:00 GMT");
		assertThat(page.select("script[type=application/ld+json]").html())
			.contains("\"dateModified\":\"2024-05-06T07:00:00Z\"");
		Document other = Jsoup.parse(this.mvc.perform(get("/new/")).andReturn().getResponse().getContentAsString());
		assertThat(other.select(".footer-updated time").attr("datetime")).isEqualTo("2025-03-04");
	}

	@Test
	void theSitemapGivesEachPageTheSameDate() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).contains("/old/</loc>\n    <lastmod>2024-05-06T07:00:00Z</lastmod>")
			.contains("/new/</loc>\n    <lastmod>2025-03-04T05:06:07Z</lastmod>");
	}

}
