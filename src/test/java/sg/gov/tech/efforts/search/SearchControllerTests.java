package sg.gov.tech.efforts.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search box and the results page, as a visitor without JavaScript uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchControllerTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@Autowired
	private MockMvc mvc;

	@Test
	void everyPageHasALabelledSearchBoxThatSubmitsToSearch() throws Exception {
		for (String path : List.of(PAGE, PAGE + "digital-identity/", "/search")) {
			Document page = Jsoup.parse(html(path));
			Element form = page.selectFirst("header form[role=search]");
			assertThat(form).as(path).isNotNull();
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/search");
			Element input = form.selectFirst("input[name=q]");
			assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search this site");
			assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
		}
	}

	@Test
	void singpassLeadsToTheDigitalIdentityAreaWithTheMatchHighlighted() throws Exception {
		Document results = search("singpass");
		Element first = results.selectFirst("ol.search-results > li");
		assertThat(first.select("h2 a").attr("href")).isEqualTo(PAGE + "digital-identity/");
		assertThat(first.select("h2 a").text()).isEqualTo("Digital Identity");
		assertThat(first.select("mark").text()).isEqualTo("SingPass");
		assertThat(results.select("input#search-q").val()).isEqualTo("singpass");
		assertThat(results.title()).isEqualTo("Search results for “singpass” | Government Technology Agency");
		this.mvc.perform(get(first.select("h2 a").attr("href"))).andExpect(status().isOk());
	}

	@Test
	void resultsAreListedBestFirst() throws Exception {
		Document results = search("digital government");
		List<String> links = results.select("ol.search-results > li h2 a").eachAttr("href");
		assertThat(links).hasSizeGreaterThan(1).first().isEqualTo(PAGE);
		assertThat(results.select(".search-summary").text()).contains(links.size() + " results");
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
	void aQueryWithNoResultsSaysSoAndSuggestsWhatToDo() throws Exception {
		Document page = search("zebra giraffe");
		assertThat(page.select(".search-summary").text()).isEqualTo("No results for “zebra giraffe”.");
		assertThat(page.select("h2").text()).isEqualTo("Suggestions");
		assertThat(page.select("main a[href=" + PAGE + "]")).hasSize(1);
	}

	@Test
	void whenNothingHasEveryWordTheResultsSaySo() throws Exception {
		Document page = search("singpass zebra");
		assertThat(page.select(".search-summary").text()).contains("No page has every word you searched for");
		assertThat(page.select("ol.search-results > li h2 a").eachAttr("href"))
			.containsExactly(PAGE + "digital-identity/");
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
	void aVeryLongQueryIsShortenedAndSaysSo() throws Exception {
		Document page = search("identity ".repeat(500));
		assertThat(page.select(".search-notice").text()).contains("first " + SearchQuery.MAX_LENGTH + " characters");
		assertThat(page.select("input#search-q").val()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(page.select("ol.search-results > li h2 a").attr("href")).isEqualTo(PAGE + "digital-identity/");
	}

	@Test
	void theResultsPageIsNotIndexedAndItsHeadingsNeverSkipALevel() throws Exception {
		for (Document page : List.of(search("identity"), search("zebra"), search(""))) {
			assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
			assertThat(page.select("h1")).hasSize(1);
			int previous = 0;
			for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
				int level = heading.tagName().charAt(1) - '0';
				assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
				previous = level;
			}
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
