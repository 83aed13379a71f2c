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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The test repository's resource room as Isomer's layouts resources and resources-alt show it: titled by its own
 * {@code index.html} files, posts newest first as cards in media colours, category tabs, years, pages of two.
 */
@SpringBootTest(properties = "site.content.location=classpath:fixtures/isomer-site/")
@AutoConfigureMockMvc
class ResourceRoomListsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theRoomIsTitledAndDescribedByItsIndexHtml() throws Exception {
		Document room = fetch("/news/");
		assertThat(room.select("h1").text()).isEqualTo("News and Speeches");
		assertThat(room.title()).isEqualTo("News and Speeches, page 1 of 3 | Ministry of Examples");
		assertThat(room.select("meta[name=description]").attr("content")).startsWith("What the ministry announced and said.");
		assertThat(room.select(".breadcrumb li")).extracting(Element::text).containsExactly("Home", "News and Speeches");
	}

	@Test
	void aCategoryIsTitledByItsIndexHtmlEvenWithoutANewlineAfterItsFrontMatter() throws Exception {
		Document speeches = fetch("/news/speeches/");
		assertThat(speeches.select("h1").text()).isEqualTo("Speeches and Slides");
		assertThat(speeches.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "News and Speeches", "Speeches and Slides");
		assertThat(speeches.select(".room-tabs a[aria-current=page]").text()).isEqualTo("Speeches");
	}

	@Test
	void aCategoryWithoutAnIndexHtmlIsTitledByItsFolder() throws Exception {
		assertThat(fetch("/news/press-releases/").select("h1").text()).isEqualTo("Press Releases");
	}

	@Test
	void theTabsAreLinksToAllAndEachCategory() throws Exception {
		Document room = fetch("/news/speeches/");
		assertThat(room.select("nav.room-tabs a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("All", "/news/"),
					org.assertj.core.groups.Tuple.tuple("Press Releases", "/news/press-releases/"),
					org.assertj.core.groups.Tuple.tuple("Speeches", "/news/speeches/"));
	}

	@Test
	void eachCardShowsCategoryTitleAndDateInItsCategorysMediaColour() throws Exception {
		Element card = fetch("/news/").selectFirst("article.media-card");
		assertThat(card.select(".media-card-category").text()).isEqualTo("Press Releases");
		assertThat(card.select(".media-card-title a").text()).isEqualTo("New Permits Open for Applications");
		assertThat(card.select("time").attr("datetime")).isEqualTo("2024-02-10");
		assertThat(card.select("time").text()).isEqualTo("10 Feb 2024");
		// Jekyll's site.categories, oldest post first: news, press-releases (2023-10-02), then speeches
		assertThat(card.classNames()).contains("media-color-2");
		assertThat(fetch("/news/speeches/").selectFirst("article.media-card").classNames()).contains("media-color-3");
		assertThat(card.attr("style")).isEmpty();
	}

	@Test
	void aFilePostLinksToItsFileMarkedAsADownload() throws Exception {
		Element slides = fetch("/news/speeches/").select("article.media-card")
			.stream()
			.filter((card) -> card.text().contains("Slides"))
			.findFirst()
			.orElseThrow();
		assertThat(slides.select("a").attr("href")).isEqualTo("/files/slides.pdf");
		assertThat(slides.select("a").text()).isEqualTo("Slides of the Examples Forum, download (PDF)");
		assertThat(slides.select(".media-card-kind").text()).isEqualTo("PDF download");
	}

	@Test
	void aLinkPostLinksToTheOtherSiteMarkedAsExternal() throws Exception {
		Element portal = fetch("/news/press-releases/page2/").selectFirst("article.media-card");
		assertThat(portal.select("a").attr("href")).isEqualTo("https://www.gobusiness.gov.sg/");
		assertThat(portal.select("a").attr("rel")).isEqualTo("external");
		assertThat(portal.select("a").text()).isEqualTo("Partner Portal Launched on GoBusiness, on another site");
		assertThat(portal.select(".media-card-kind").text()).isEqualTo("External site");
	}

	@Test
	void theYearsAreLinksAndAYearListsOnlyItsPosts() throws Exception {
		Document room = fetch("/news/");
		assertThat(room.select("nav.room-years a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Recent", "/news/"),
					org.assertj.core.groups.Tuple.tuple("2024", "/news/2024/"),
					org.assertj.core.groups.Tuple.tuple("2023", "/news/2023/"));
		Document year = fetch("/news/2023/");
		assertThat(year.select(".media-card time")).extracting((time) -> time.attr("datetime"))
			.containsExactly("2023-12-01", "2023-11-01");
		assertThat(year.select("nav.room-years summary").text()).isEqualTo("Show: 2023");
		assertThat(year.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news/2023/page2/");
		assertThat(fetch("/news/press-releases/2024/").select(".media-card")).hasSize(2);
	}

	@Test
	void thePagesOfAListFollowEachOtherAndTheLastHasTheOldestPost() throws Exception {
		Document last = fetch("/news/page3/");
		assertThat(last.select(".media-card time")).extracting((time) -> time.attr("datetime")).containsExactly("2023-10-02");
		assertThat(last.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/news/page2/");
		assertThat(last.select(".pagination a[rel=next]")).isEmpty();
		this.mvc.perform(get("/news/page4/")).andExpect(status().isNotFound());
	}

	@Test
	void theIndexFilesAreNotPagesOfTheirOwn() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).containsOnlyOnce("/news/</loc>");
		this.mvc.perform(get("/news/index.html")).andExpect(status().isNotFound());
	}

	private Document fetch(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
