package sg.gov.tech.efforts.seo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What crawlers are told about a site of two pages, one with a section page of its own: only the controller, with
 * the site's content replaced by a folder the test writes.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SitemapController.class))
@Import(SettingsConfiguration.class)
class SitemapControllerTests {

	private static final Instant CHANGED = Instant.parse("2024-05-06T07:00:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@TempDir
	Path folder;

	@BeforeEach
	void twoPages() throws IOException {
		write("plain.md", "---\ntitle: Plain\npermalink: /plain/\n---\nText.\n");
		write("areas.md", "---\ntitle: Areas\npermalink: /areas/\n---\nIntro.\n\n"
				+ "### Digital Identity\nText.\n");
		given(this.content.site()).willReturn(new ContentLoader().load(this.folder.toString()));
	}

	@Test
	void theSitemapGivesEachPageItsAddressAndWhenItsFileChanged() throws Exception {
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(content().string(containsString(
					"<loc>http://localhost:8080/plain/</loc>\n    <lastmod>2024-05-06T07:00:00Z</lastmod>")));
	}

	@Test
	void theSitemapListsASectionPageWithItsPagesDate() throws Exception {
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(content().string(containsString(
					"<loc>http://localhost:8080/areas/digital-identity/</loc>\n    <lastmod>2024-05-06T07:00:00Z</lastmod>")));
	}

	@Test
	void robotsPointsToTheSitemapButKeepsCrawlersOutOfSearchResults() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content()
				.string("User-agent: *\nDisallow: /search\n\nSitemap: http://localhost:8080/sitemap.xml\n"));
	}

	private void write(String name, String text) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, text);
		Files.setLastModifiedTime(file, FileTime.from(CHANGED));
	}

	/** A deployment that is not the public site: {@code site.indexing=false}. */
	@Nested
	@TestPropertySource(properties = { "site.indexing=false", "site.base-url=https://staging.example.gov.sg" })
	class NotThePublicSite {

		@Test
		void robotsDisallowsEverything() throws Exception {
			SitemapControllerTests.this.mvc.perform(get("/robots.txt"))
				.andExpect(status().isOk())
				.andExpect(content().string(
						"# Not the public site: nothing here may be crawled or listed.\nUser-agent: *\nDisallow: /\n"));
		}

	}

}
