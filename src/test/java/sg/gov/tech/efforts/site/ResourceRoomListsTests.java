package sg.gov.tech.efforts.site;

import org.assertj.core.groups.Tuple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.seo.Sitemaps;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test repository's resource room as Isomer's layouts resources and resources-alt show it: titled by its own
 * {@code index.html} files, posts newest first as cards in media colours, category tabs, years, pages of two.
 */
class ResourceRoomListsTests {

	private static final RenderedFixture SITE = RenderedFixture.isomerSite();

	@Test
	void theRoomIsTitledAndDescribedByItsIndexHtml() {
		Document room = SITE.page("/news/");
		assertThat(room.select("h1").text()).isEqualTo("News and Speeches");
		assertThat(room.title()).isEqualTo("News and Speeches, page 1 of 3 | Ministry of Examples");
		assertThat(room.select("meta[name=description]").attr("content")).startsWith("What the ministry announced and said.");
		assertThat(room.select(".breadcrumb li")).extracting(Element::text).containsExactly("Home", "News and Speeches");
	}

	@Test
	void aCategoryIsTitledByItsIndexHtmlEvenWithoutANewlineAfterItsFrontMatter() {
		Document speeches = SITE.page("/news/speeches/");
		assertThat(speeches.select("h1").text()).isEqualTo("Speeches and Slides");
		assertThat(speeches.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "News and Speeches", "Speeches and Slides");
		assertThat(speeches.select(".room-tabs a[aria-current=page]").text()).isEqualTo("Speeches");
	}

	@Test
	void aCategoryWithoutAnIndexHtmlIsTitledByItsFolder() {
		assertThat(SITE.page("/news/press-releases/").select("h1").text()).isEqualTo("Press Releases");
	}

	@Test
	void theTabsAreLinksToAllAndEachCategory() {
		Document room = SITE.page("/news/speeches/");
		assertThat(room.select("nav.room-tabs a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(Tuple.tuple("All", "/news/"),
					Tuple.tuple("Press Releases", "/news/press-releases/"),
					Tuple.tuple("Speeches", "/news/speeches/"));
	}

	@Test
	void eachCardShowsCategoryTitleAndDate() {
		Element card = SITE.page("/news/").selectFirst("article.media-card");
		assertThat(card.select(".media-card-category").text()).isEqualTo("Press Releases");
		assertThat(card.select(".media-card-title a").text()).isEqualTo("New Permits Open for Applications");
		assertThat(card.select("time").attr("datetime")).isEqualTo("2024-02-10");
		assertThat(card.select("time").text()).isEqualTo("10 Feb 2024");
	}

	@Test
	void eachCardWearsItsCategorysMediaColourByClass() {
		Element card = SITE.page("/news/").selectFirst("article.media-card");
		// Jekyll's site.categories, oldest post first: news, press-releases (2023-10-02), then speeches
		assertThat(card.classNames()).contains("media-color-2");
		assertThat(SITE.page("/news/speeches/").selectFirst("article.media-card").classNames())
			.contains("media-color-3");
		assertThat(card.attr("style")).isEmpty();
	}

	@Test
	void aFilePostLinksToItsFileMarkedAsADownload() {
		Element slides = SITE.page("/news/speeches/").select("article.media-card")
			.stream()
			.filter((card) -> card.text().contains("Slides"))
			.findFirst()
			.orElseThrow();
		assertThat(slides.select("a").attr("href")).isEqualTo("/files/slides.pdf");
		assertThat(slides.select("a").text()).isEqualTo("Slides of the Examples Forum, download (PDF)");
		assertThat(slides.select(".media-card-kind").text()).isEqualTo("PDF download");
	}

	@Test
	void aLinkPostLinksToTheOtherSiteMarkedAsExternal() {
		Element portal = SITE.page("/news/press-releases/page2/").selectFirst("article.media-card");
		assertThat(portal.select("a").attr("href")).isEqualTo("https://www.gobusiness.gov.sg/");
		assertThat(portal.select("a").attr("rel")).isEqualTo("external");
		assertThat(portal.select("a").text()).isEqualTo("Partner Portal Launched on GoBusiness, on another site");
		assertThat(portal.select(".media-card-kind").text()).isEqualTo("External site");
	}

	@Test
	void theYearsAreLinks() {
		assertThat(SITE.page("/news/").select("nav.room-years a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(Tuple.tuple("Recent", "/news/"), Tuple.tuple("2024", "/news/2024/"),
					Tuple.tuple("2023", "/news/2023/"));
	}

	@Test
	void aYearListsOnlyItsPosts() {
		Document year = SITE.page("/news/2023/");
		assertThat(year.select(".media-card time")).extracting((time) -> time.attr("datetime"))
			.containsExactly("2023-12-01", "2023-11-01");
		assertThat(year.select("nav.room-years summary").text()).isEqualTo("Show: 2023");
		assertThat(year.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news/2023/page2/");
		assertThat(SITE.page("/news/press-releases/2024/").select(".media-card")).hasSize(2);
	}

	@Test
	void theLastPageOfAListHasTheOldestPost() {
		Document last = SITE.page("/news/page3/");
		assertThat(last.select(".media-card time")).extracting((time) -> time.attr("datetime")).containsExactly("2023-10-02");
		assertThat(last.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/news/page2/");
		assertThat(last.select(".pagination a[rel=next]")).isEmpty();
	}

	@Test
	void thereIsNoPageAfterTheLast() {
		assertThat(SITE.pages().page("/news/page4/")).isEmpty();
		assertThatExceptionOfType(PageNotFoundException.class).isThrownBy(() -> SITE.site().route("/news/page4/"));
	}

	@Test
	void theIndexFilesAreNotPagesOfTheirOwn() {
		assertThat(SITE.site().hasFile("/news/index.html")).isFalse();
		assertThat(SITE.pages().page("/news/index.html")).isEmpty();
		assertThatExceptionOfType(PageNotFoundException.class)
			.isThrownBy(() -> SITE.site().route("/news/index.html"));
	}

	@Test
	void theSitemapListsTheRoomOnce() {
		assertThat(Sitemaps.of(SITE.site(), new SiteProperties())).containsOnlyOnce("/news/</loc>");
	}

}
