package sg.gov.tech.efforts.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The test Isomer repository served as Isomer publishes it, through the whole application: what only the web layer
 * decides (which files are served, the site's search, the 404 status, the assets' hashed names) across the page,
 * content-file, search and asset handlers together. What its pages show is {@link IsomerPagesTests}'.
 */
@SpringBootTest(properties = "site.content.location=classpath:fixtures/isomer-site/")
@AutoConfigureMockMvc
class IsomerSiteTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theSearchPageForwardsToTheSitesSearch() throws Exception {
		this.mvc.perform(get("/search/").param("query", "permits")).andExpect(forwardedUrl("/search"));
	}

	@Test
	void theSearchReadsIsomersQueryParameter() throws Exception {
		Document search = fetch("/search?query=permits");
		assertThat(search.select(".search-results a")).extracting(Element::text)
			.contains("New Permits Open for Applications");
	}

	@Test
	void filesAreServedAtTheirPaths() throws Exception {
		this.mvc.perform(get("/files/slides.pdf")).andExpect(status().isOk());
		this.mvc.perform(get("/images/logo.png")).andExpect(status().isOk());
	}

	@Test
	void sourcesAndPagesWithoutFrontMatterAreNotServed() throws Exception {
		for (String path : new String[] { "/pages/notes.md", "/pages/notes.html", "/_config.yml", "/README.md" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void anUnknownPathAnswers404WithTheSitesOwnNotFoundPage() throws Exception {
		this.mvc.perform(get("/no-such-page/"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This page is not here :(")));
	}

	@Test
	void everyKindOfPageLinksTheSitesAndTheBrandsStylesheetsByTheirHashedNames() throws Exception {
		for (String path : new String[] { "/", "/privacy/", "/search?query=permits", "/no-such-page/" }) {
			assertThat(fetch(path).select("link[rel=stylesheet]").eachAttr("href")).as(path)
				.anySatisfy((href) -> assertThat(href).matches("/assets/site-[0-9a-f]{32}\\.css"))
				.anySatisfy((href) -> assertThat(href).matches("/assets/brand/[0-9a-f]{16}\\.css"));
		}
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
