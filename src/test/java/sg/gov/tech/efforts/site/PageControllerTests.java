package sg.gov.tech.efforts.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.source.EmbeddedContentDates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PageControllerTests {

	static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	static final List<String> AREAS = List.of("tech-for-public-good", "citizen-engagement-and-co-creation",
			"user-and-business-journeys", "ai-and-data-driven-government", "digital-identity",
			"wog-platforms-and-tools", "cybersecurity", "diversity-and-inclusion", "sustainability");

	@Autowired
	private MockMvc mvc;

	@Test
	void thePublicPageShowsNoCrossLinkPlaceholderThatNamesNothing() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.text()).doesNotContain("Cross link to");
		assertThat(page.select("li.related a")).isNotEmpty();
	}

	@Test
	void theEffortsPageShowsTheDayItsFileLastChanged() throws Exception {
		// its last commit, or without git history (a release tarball) its built copy's modification time
		String day = EmbeddedContentDates.expectedDay("our-digital-government-efforts.md").toString();
		assertThat(fetch(PAGE).select(".footer-updated time").attr("datetime")).isEqualTo(day);
	}

	@Test
	void thePublicSiteHasNoProblemsPage() throws Exception {
		this.mvc.perform(get("/preview/problems/")).andExpect(status().isNotFound());
	}

	@Test
	void effortsPageHasItsTitleAsTheOnlyH1() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Our Digital Government Efforts");
		assertThat(page.title()).isEqualTo("Our Digital Government Efforts | Government Technology Agency");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void tableOfContentsLinksToEveryAreaAnchorInOrder() throws Exception {
		Document page = fetch(PAGE);
		Element toc = page.selectFirst("nav:has(h2:contains(On this page))");
		assertThat(toc).isNotNull();
		assertThat(toc.select("ul > li > a")).extracting((link) -> link.attr("href"))
			.containsExactlyElementsOf(AREAS.stream().map((slug) -> "#" + slug).toList());
	}

	@Test
	void everyAreaHeadingHasItsIdASelfLinkAndALinkToItsOwnPage() throws Exception {
		Document page = fetch(PAGE);
		for (String slug : AREAS) {
			Element heading = page.getElementById(slug);
			assertThat(heading).as(slug).isNotNull();
			assertThat(heading.tagName()).isEqualTo("h2");
			Element area = heading.closest("section");
			assertThat(area.select("a.self-link").attr("href")).isEqualTo("#" + slug);
			assertThat(area.select("a[href=" + PAGE + slug + "/]")).hasSize(1);
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
	void pageHasTheGovernmentChromeAndNoEditorNote() throws Exception {
		Document page = fetch(PAGE);
		assertThat(page.select(".masthead").text()).contains("A Singapore Government Agency Website");
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main-content");
		assertThat(page.select("main#main-content")).hasSize(1);
		assertThat(page.select("footer a")).extracting(Element::text)
			.contains("Contact", "Feedback", "Report Vulnerability", "Privacy Statement", "Terms of Use");
		assertThat(page.select("footer").text()).contains("Last updated").containsPattern("© \\d{4}");
		assertThat(page.text()).doesNotContain("Consider using anchorlinks");
		assertThat(page.select(".preview-banner, mark.editor-note, meta[name=robots]")).isEmpty();
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("What are our digital government efforts");
	}

	@Test
	void eachAreaIsAPageOfItsOwnWithBreadcrumbSideNavigationAndPager() throws Exception {
		Document area = fetch(PAGE + "digital-identity/");
		assertThat(area.select("h1").text()).isEqualTo("Digital Identity");
		assertThat(area.select("main .prose").text()).contains("more convenient and secure online transactions")
			.doesNotContain("Data Science and AI Division");
		assertThat(area.select("nav[aria-label=Breadcrumb] li")).extracting(Element::text)
			.containsExactly("Home", "About Us", "What We Do", "Our Digital Government Efforts", "Digital Identity");
		Element sideNav = area.selectFirst("nav.sidenav");
		assertThat(sideNav.select("h2").text()).isEqualTo("What We Do");
		assertThat(sideNav.select("a")).hasSize(9);
		assertThat(sideNav.select("a[aria-current=page]").text()).isEqualTo("Digital Identity");
		assertThat(area.select("a[rel=prev]").attr("href")).isEqualTo(PAGE + "ai-and-data-driven-government/");
		assertThat(area.select("a[rel=next]").attr("href")).isEqualTo(PAGE + "wog-platforms-and-tools/");
		assertThat(area.select("meta[name=description]").attr("content"))
			.startsWith("How GovTech provides our citizens and businesses");
	}

	@Test
	void firstAndLastAreasLinkOnlyOneWay() throws Exception {
		Document first = fetch(PAGE + "tech-for-public-good/");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(PAGE + "citizen-engagement-and-co-creation/");
		Document last = fetch(PAGE + "sustainability/");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo(PAGE + "diversity-and-inclusion/");
	}

	@Test
	void everyAreaPageAnswers200WithItsOwnTitle() throws Exception {
		for (String slug : AREAS) {
			Document area = fetch(PAGE + slug + "/");
			assertThat(area.select("h1")).as(slug).hasSize(1);
			assertThat(area.select("nav.sidenav a[aria-current=page]").attr("href")).isEqualTo(PAGE + slug + "/");
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
	void rootLeadsToTheEffortsPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", PAGE));
	}

	@Test
	void theLocalImageAndTheStylesheetAreServed() throws Exception {
		this.mvc.perform(get("/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		this.mvc.perform(get("/assets/site.css")).andExpect(status().isOk());
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
