package sg.gov.tech.efforts.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SettingsConfiguration;
import sg.gov.tech.efforts.settings.SiteProperties;

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
 * The search box and the results page, as a visitor without JavaScript uses them: the controller and the real index
 * of the embedded content, the site being served a mock.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE,
		classes = { SearchController.class, SearchIndex.class }))
@Import(SettingsConfiguration.class)
class SearchControllerTests {

	private static final Site SITE = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SearchIndex index;

	@MockitoBean
	private CurrentSite content;

	@BeforeEach
	void embeddedContent() {
		given(this.content.site()).willReturn(SITE);
		this.index.siteLoaded(SITE);
	}

	@Test
	void theResultsPageHasTheLabelledSearchBoxOfEveryPage() throws Exception {
		Element form = Jsoup.parse(html("/search")).selectFirst("header form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/search");
		Element input = form.selectFirst("input[name=q]");
		assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search this site");
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
	}

	@Test
	void theBestResultForSingpassIsTheDigitalIdentityArea() throws Exception {
		Element first = search("singpass").selectFirst("ol.search-results > li");
		assertThat(first.select("h2 a").attr("href")).isEqualTo(PAGE + "digital-identity/");
		assertThat(first.select("h2 a").text()).isEqualTo("Digital Identity");
	}

	@Test
	void theWordSearchedForIsMarkedInTheResult() throws Exception {
		assertThat(search("singpass").selectFirst("ol.search-results > li").select("mark").text())
			.isEqualTo("SingPass");
	}

	@Test
	void theSearchBoxKeepsTheQuery() throws Exception {
		assertThat(search("singpass").select("input#search-q").val()).isEqualTo("singpass");
	}

	@Test
	void theResultsPageIsTitledWithTheQuery() throws Exception {
		assertThat(search("singpass").title())
			.isEqualTo("Search results for “singpass” | Government Technology Agency");
	}

	@Test
	void everyResultLinksToAPageTheSiteServes() throws Exception {
		List<String> links = search("digital government").select("ol.search-results > li h2 a").eachAttr("href");
		assertThat(links).isNotEmpty();
		for (String link : links) {
			assertThat(SITE.route(link).path()).isEqualTo(link);
		}
	}

	@Test
	void resultsAreListedBestFirst() throws Exception {
		List<String> links = search("digital government").select("ol.search-results > li h2 a").eachAttr("href");
		assertThat(links).hasSizeGreaterThan(1).first().isEqualTo(PAGE);
	}

	@Test
	void theSummaryCountsTheResults() throws Exception {
		Document results = search("digital government");
		int shown = results.select("ol.search-results > li").size();
		assertThat(results.select(".search-summary").text()).contains(shown + " results");
	}

	@Test
	void anEmptyQueryGetsAPageAskingForWords() throws Exception {
		for (Document page : List.of(Jsoup.parse(html("/search")), search(""), search("  \t "))) {
			assertThat(page.select("h1").text()).isEqualTo("Search");
			assertThat(page.select(".search-summary").text()).contains("Type a word or phrase");
			assertThat(page.select("ol.search-results")).isEmpty();
		}
	}

	@Test
	void aQueryWithNoResultsSaysSo() throws Exception {
		assertThat(search("zebra giraffe").select(".search-summary").text())
			.isEqualTo("No results for “zebra giraffe”.");
	}

	@Test
	void aQueryWithNoResultsSuggestsTheHomePage() throws Exception {
		Document page = search("zebra giraffe");
		assertThat(page.select("h2").text()).isEqualTo("Suggestions");
		assertThat(page.select("main a[href=" + PAGE + "]")).hasSize(1);
	}

	@Test
	void whenNothingHasEveryWordTheResultsSaySo() throws Exception {
		assertThat(search("singpass zebra").select(".search-summary").text())
			.contains("No page has every word you searched for");
	}

	@Test
	void whenNothingHasEveryWordPagesWithSomeOfThemAreListed() throws Exception {
		assertThat(search("singpass zebra").select("ol.search-results > li h2 a").eachAttr("href"))
			.containsExactly(PAGE + "digital-identity/");
	}

	@Test
	void whenAPageHasEveryWordNothingIsSaidAboutMissingWords() throws Exception {
		assertThat(search("singpass").select(".search-summary").text()).doesNotContain("every word");
	}

	@Test
	void aQueryFullOfHtmlIsShownAsTextNeverAsMarkup() throws Exception {
		String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
		String body = this.mvc.perform(get("/search").param("q", hostile)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x");
		Document page = Jsoup.parse(body);
		assertThat(page.select("main script, main img")).isEmpty();
		assertThat(page.select(".search-summary strong").text()).isEqualTo(hostile);
		assertThat(page.select("input#search-q").val()).isEqualTo(hostile);
	}

	@Test
	void aVeryLongQueryIsCutTo200Characters() throws Exception {
		Document page = search("identity ".repeat(500));
		assertThat(page.select("input#search-q").val()).hasSizeLessThanOrEqualTo(200).startsWith("identity identity");
		assertThat(page.select("ol.search-results > li h2 a").attr("href")).isEqualTo(PAGE + "digital-identity/");
	}

	@Test
	void aShortenedQuerySaysSo() throws Exception {
		assertThat(search("identity ".repeat(500)).select(".search-notice").text()).contains("first 200 characters");
	}

	@Test
	void theResultsPageIsNotIndexed() throws Exception {
		for (Document page : List.of(search("identity"), search("zebra"), search(""))) {
			assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
		}
	}

	@Test
	void theResultsPagesHeadingsNeverSkipALevel() throws Exception {
		for (Document page : List.of(search("identity"), search("zebra"), search(""))) {
			assertThat(page.select("h1")).hasSize(1);
			int previous = 0;
			for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
				int level = heading.tagName().charAt(1) - '0';
				assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
				previous = level;
			}
		}
	}

	@Test
	void theResultsPagesOwnSearchBoxIsLabelled() throws Exception {
		for (Document page : List.of(search("identity"), search("zebra"), search(""))) {
			assertThat(page.select("label[for=search-q]").text()).isEqualTo("Search this site");
		}
	}

	private Document search(String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
