package sg.gov.tech.efforts.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Many results, as Isomer's search shows them: ten a page, links to the other pages, each result's address. The
 * controller and the real index of a site of 23 pages that all mention permits, the site being served a mock.
 */
@WebMvcTest(properties = "site.base-url=https://www.example.gov.sg", useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { SearchController.class, SearchIndex.class }))
@Import(SettingsConfiguration.class)
class SearchResultPagesTests {

	/** 23 pages that all mention permits. */
	@TempDir
	static Path folder;

	private static Site permits;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SearchIndex index;

	@MockitoBean
	private CurrentSite content;

	@BeforeAll
	static void twentyThreePermits() throws IOException {
		for (int i = 1; i <= 23; i++) {
			Files.writeString(folder.resolve("permit-" + i + ".md"), "---\ntitle: Permit " + i + "\npermalink: /permits/"
					+ i + "/\n---\nApply for permit number " + i + " here.\n");
		}
		permits = new ContentLoader().load(folder.toString());
	}

	@BeforeEach
	void permitsServed() {
		given(this.content.site()).willReturn(permits);
		this.index.siteLoaded(permits);
	}

	@Test
	void theFirstPageShowsTenResults() throws Exception {
		assertThat(search("permit", "").select("ol.search-results > li")).hasSize(10);
	}

	@Test
	void theSummarySaysHowManyResultsThereAreOnHowManyPages() throws Exception {
		assertThat(search("permit", "").select(".search-summary").text())
			.contains("23 results for “permit”, page 1 of 3");
	}

	@Test
	void thePaginationLinksEachPageThenTheNext() throws Exception {
		assertThat(search("permit", "").select("nav.pagination a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(Tuple.tuple("Page 1", "/search?q=permit"), Tuple.tuple("Page 2", "/search?q=permit&page=2"),
					Tuple.tuple("Page 3", "/search?q=permit&page=3"),
					Tuple.tuple("Next page", "/search?q=permit&page=2"));
	}

	@Test
	void thePaginationMarksTheCurrentPage() throws Exception {
		assertThat(search("permit", "").select("nav.pagination a[aria-current=page]").text()).isEqualTo("Page 1");
	}

	@Test
	void theLastPageShowsTheRest() throws Exception {
		assertThat(search("permit", "3").select("ol.search-results > li")).hasSize(3);
	}

	@Test
	void theLastPagesResultsAreNumberedOnFromTheOthers() throws Exception {
		assertThat(search("permit", "3").select("ol.search-results").attr("start")).isEqualTo("21");
	}

	@Test
	void theLastPageLinksToThePageBefore() throws Exception {
		assertThat(search("permit", "3").select("nav.pagination a[rel=prev]").attr("href"))
			.isEqualTo("/search?q=permit&page=2");
	}

	@Test
	void theLastPageHasNoNextLink() throws Exception {
		assertThat(search("permit", "3").select("nav.pagination a[rel=next]")).isEmpty();
	}

	@Test
	void eachResultShowsItsAddressUnderItsTitle() throws Exception {
		Element result = search("permit", "").selectFirst("ol.search-results > li");
		String href = result.select("h2 a").attr("href");
		assertThat(href).startsWith("/permits/");
		assertThat(result.select(".search-result-url").text()).isEqualTo("https://www.example.gov.sg" + href);
	}

	@Test
	void aPageNumberThatIsNoNumberIsTheFirstPage() throws Exception {
		for (String page : new String[] { "abc", "-1", "0", "99999999999", "2.5" }) {
			assertThat(search("permit", page).select("nav.pagination a[aria-current=page]").text()).as(page)
				.isEqualTo("Page 1");
		}
	}

	@Test
	void aPageNumberPastTheLastIsTheLastPage() throws Exception {
		assertThat(search("permit", "40").select("nav.pagination a[aria-current=page]").text()).isEqualTo("Page 3");
	}

	private Document search(String query, String page) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query).param("page", page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
