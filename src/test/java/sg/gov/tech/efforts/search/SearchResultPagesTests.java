package sg.gov.tech.efforts.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Many results, as Isomer's search shows them: ten a page, links to the other pages, each result's address. */
@SpringBootTest(properties = "site.base-url=https://www.example.gov.sg")
@AutoConfigureMockMvc
class SearchResultPagesTests {

	/** 23 pages that all mention permits. */
	private static final Path CONTENT = permits();

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("site.content.location", CONTENT::toString);
	}

	@Test
	void theFirstPageShowsTenResultsOfAllWithLinksToTheOtherPages() throws Exception {
		Document first = search("permit", "");
		assertThat(first.select("ol.search-results > li")).hasSize(10);
		assertThat(first.select(".search-summary").text()).contains("23 results for “permit”, page 1 of 3");
		assertThat(first.select("nav.pagination a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Page 1", "/search?q=permit"),
					org.assertj.core.groups.Tuple.tuple("Page 2", "/search?q=permit&page=2"),
					org.assertj.core.groups.Tuple.tuple("Page 3", "/search?q=permit&page=3"),
					org.assertj.core.groups.Tuple.tuple("Next page", "/search?q=permit&page=2"));
		assertThat(first.select("nav.pagination a[aria-current=page]").text()).isEqualTo("Page 1");
	}

	@Test
	void theLastPageShowsTheRestNumberedOnFromTheOthers() throws Exception {
		Document last = search("permit", "3");
		assertThat(last.select("ol.search-results > li")).hasSize(3);
		assertThat(last.select("ol.search-results").attr("start")).isEqualTo("21");
		assertThat(last.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/search?q=permit&page=2");
		assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
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
		assertThat(search("permit", "40").select("nav.pagination a[aria-current=page]").text()).isEqualTo("Page 3");
	}

	private Document search(String query, String page) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query).param("page", page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Path permits() {
		try {
			Path folder = Files.createTempDirectory("search-pages-");
			for (int i = 1; i <= 23; i++) {
				Files.writeString(folder.resolve("permit-" + i + ".md"), "---\ntitle: Permit " + i
						+ "\npermalink: /permits/" + i + "/\n---\nApply for permit number " + i + " here.\n");
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
