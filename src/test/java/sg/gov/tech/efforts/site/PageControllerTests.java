package sg.gov.tech.efforts.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.source.EmbeddedContentDates;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public efforts page and its nine areas as visitors get them: only the page controller and what renders and
 * writes the pages, with the embedded content as the site served.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PageController.class))
@Import(PageSlice.class)
class PageControllerTests {

	static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	static final List<String> AREAS = List.of("tech-for-public-good", "citizen-engagement-and-co-creation",
			"user-and-business-journeys", "ai-and-data-driven-government", "digital-identity",
			"wog-platforms-and-tools", "cybersecurity", "diversity-and-inclusion", "sustainability");

	private static final Site EFFORTS = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@BeforeEach
	void servesTheEmbeddedContent() {
		given(this.content.site()).willReturn(EFFORTS);
	}

	@Test
	void thePublicPageShowsNoCrossLinkPlaceholderThatNamesNothing() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.text()).doesNotContain("Cross link to");
		assertThat(page.select("li.related a")).isNotEmpty();
	}

	@Test
	void thePublicPageShowsNoEditorNote() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.text()).doesNotContain("Consider using anchorlinks");
		assertThat(page.select("mark.editor-note")).isEmpty();
	}

	@Test
	void thePublicPageHasNoPreviewBanner() throws Exception {
		assertThat(fetch(PAGE).select(".preview-banner")).isEmpty();
	}

	@Test
	void thePublicPageDoesNotAskToBeLeftOutOfSearchEngines() throws Exception {
		assertThat(fetch(PAGE).select("meta[name=robots]")).isEmpty();
	}

	@Test
	void theEffortsPageShowsTheDayItsFileLastChanged() throws Exception {
		// its last commit, or without git history (a release tarball) its built copy's modification time
		String day = EmbeddedContentDates.expectedDay("our-digital-government-efforts.md").toString();
		assertThat(fetch(PAGE).select(".footer-updated time").attr("datetime")).isEqualTo(day);
	}

	@Test
	void theEffortsPagesOnlyH1IsItsTitle() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Our Digital Government Efforts");
	}

	@Test
	void theDocumentTitleNamesThePageThenTheAgency() throws Exception {
		assertThat(fetch(PAGE).title()).isEqualTo("Our Digital Government Efforts | Government Technology Agency");
	}

	@Test
	void thePageSaysItIsInEnglish() throws Exception {
		assertThat(fetch(PAGE).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void thePageDescribesItselfToSearchEngines() throws Exception {
		assertThat(fetch(PAGE).select("meta[name=description]").attr("content"))
			.startsWith("What are our digital government efforts");
	}

	@Test
	void tableOfContentsLinksToEveryAreaAnchorInOrder() throws Exception {
		Element toc = fetch(PAGE).selectFirst("nav:has(h2:contains(On this page))");
		assertThat(toc).isNotNull();
		assertThat(toc.select("ul > li > a")).extracting((link) -> link.attr("href"))
			.containsExactlyElementsOf(AREAS.stream().map((slug) -> "#" + slug).toList());
	}

	@Test
	void everyAreaHeadingIsAnH2WithTheAreasSlugAsItsId() throws Exception {
		Document page = fetch(PAGE);
		for (String slug : AREAS) {
			Element heading = page.getElementById(slug);
			assertThat(heading).as(slug).isNotNull();
			assertThat(heading.tagName()).as(slug).isEqualTo("h2");
		}
	}

	@Test
	void everyAreaHasASelfLinkToItsHeading() throws Exception {
		Document page = fetch(PAGE);
		for (String slug : AREAS) {
			Element area = page.getElementById(slug).closest("section");
			assertThat(area.select("a.self-link").attr("href")).as(slug).isEqualTo("#" + slug);
		}
	}

	@Test
	void everyAreaLinksOnceToItsOwnPage() throws Exception {
		Document page = fetch(PAGE);
		for (String slug : AREAS) {
			Element area = page.getElementById(slug).closest("section");
			assertThat(area.select("a[href=" + PAGE + slug + "/]")).as(slug).hasSize(1);
		}
	}

	@Test
	void headingOutlineNeverSkipsALevel() throws Exception {
		for (String path : List.of(PAGE, PAGE + "digital-identity/")) {
			int previous = 0;
			for (Element heading : fetch(path).select("h1, h2, h3, h4, h5, h6")) {
				int level = heading.tagName().charAt(1) - '0';
				assertThat(level).as(path + " " + heading.text()).isLessThanOrEqualTo(previous + 1);
				previous = level;
			}
		}
	}

	@Test
	void thePageHasTheGovernmentMasthead() throws Exception {
		assertThat(fetch(PAGE).select(".masthead").text()).contains("A Singapore Government Agency Website");
	}

	@Test
	void aSkipLinkLeadsToTheOneMainContent() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main-content");
		assertThat(page.select("main#main-content")).hasSize(1);
	}

	@Test
	void theFooterLinksToTheStandardGovernmentPages() throws Exception {
		assertThat(fetch(PAGE).select("footer a")).extracting(Element::text)
			.contains("Contact", "Feedback", "Report Vulnerability", "Privacy Statement", "Terms of Use");
	}

	@Test
	void theFooterShowsWhenThePageWasUpdated() throws Exception {
		assertThat(fetch(PAGE).select("footer").text()).contains("Last updated");
	}

	@Test
	void theFooterShowsTheCopyrightYear() throws Exception {
		assertThat(fetch(PAGE).select("footer").text()).containsPattern("© \\d{4}");
	}

	@Test
	void anAreaPageShowsItsOwnSectionOnly() throws Exception {
		Document area = fetch(PAGE + "digital-identity/");
		assertThat(area.select("h1").text()).isEqualTo("Digital Identity");
		assertThat(area.select("main .prose").text()).contains("more convenient and secure online transactions")
			.doesNotContain("Data Science and AI Division");
	}

	@Test
	void anAreaPagesBreadcrumbLeadsFromHomeThroughTheEffortsPage() throws Exception {
		assertThat(fetch(PAGE + "digital-identity/").select("nav[aria-label=Breadcrumb] li")).extracting(Element::text)
			.containsExactly("Home", "About Us", "What We Do", "Our Digital Government Efforts", "Digital Identity");
	}

	@Test
	void anAreaPagesSideNavigationListsTheNineAreasWithItselfAsCurrent() throws Exception {
		Element sideNav = fetch(PAGE + "digital-identity/").selectFirst("nav.sidenav");
		assertThat(sideNav.select("h2").text()).isEqualTo("What We Do");
		assertThat(sideNav.select("a")).hasSize(9);
		assertThat(sideNav.select("a[aria-current=page]").text()).isEqualTo("Digital Identity");
	}

	@Test
	void anAreaPageLinksToThePreviousArea() throws Exception {
		assertThat(fetch(PAGE + "digital-identity/").select("a[rel=prev]").attr("href"))
			.isEqualTo(PAGE + "ai-and-data-driven-government/");
	}

	@Test
	void anAreaPageLinksToTheNextArea() throws Exception {
		assertThat(fetch(PAGE + "digital-identity/").select("a[rel=next]").attr("href"))
			.isEqualTo(PAGE + "wog-platforms-and-tools/");
	}

	@Test
	void anAreaPageDescribesItselfToSearchEngines() throws Exception {
		assertThat(fetch(PAGE + "digital-identity/").select("meta[name=description]").attr("content"))
			.startsWith("How GovTech provides our citizens and businesses");
	}

	@Test
	void theFirstAreaLinksOnlyToTheNext() throws Exception {
		Document first = fetch(PAGE + "tech-for-public-good/");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(PAGE + "citizen-engagement-and-co-creation/");
	}

	@Test
	void theLastAreaLinksOnlyToThePrevious() throws Exception {
		Document last = fetch(PAGE + "sustainability/");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo(PAGE + "diversity-and-inclusion/");
	}

	@Test
	void everyAreaIsAPageOfItsOwn() throws Exception {
		for (String slug : AREAS) {
			Document area = fetch(PAGE + slug + "/");
			assertThat(area.select("h1")).as(slug).hasSize(1);
			assertThat(area.select("nav.sidenav a[aria-current=page]").attr("href")).as(slug)
				.isEqualTo(PAGE + slug + "/");
		}
	}

	@Test
	void crossLinkBulletsBecomeRelatedLinks() throws Exception {
		Element related = fetch(PAGE + "digital-identity/").selectFirst("main li.related");
		assertThat(related.text()).isEqualTo("Related: SingPass");
		assertThat(related.select("a").attr("href")).isEqualTo("https://www.singpass.gov.sg/");
	}

	@Test
	void missingTrailingSlashRedirectsPermanently() throws Exception {
		this.mvc.perform(get(PAGE.substring(0, PAGE.length() - 1)))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", PAGE));
		this.mvc.perform(get(PAGE + "cybersecurity"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", PAGE + "cybersecurity/"));
	}

	@Test
	void otherLetterCaseRedirectsToTheCanonicalSlug() throws Exception {
		this.mvc.perform(get(PAGE + "Digital-Identity/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", PAGE + "digital-identity/"));
		this.mvc.perform(get("/About-Us/What-We-Do/Our-Digital-Government-Efforts/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", PAGE));
	}

	@Test
	void rootLeadsToTheEffortsPageByATemporaryRedirect() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", PAGE));
	}

	private Document fetch(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
