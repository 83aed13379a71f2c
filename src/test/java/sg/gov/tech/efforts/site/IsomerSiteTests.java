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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The test Isomer repository served as Isomer publishes it: homepage, collections, resource room, contact, search. */
@SpringBootTest(properties = "site.content.location=classpath:fixtures/isomer-site/")
@AutoConfigureMockMvc
class IsomerSiteTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theHomepageIsBuiltFromItsSectionsWithTheNotificationAndTheLatestPosts() throws Exception {
		Document home = fetch("/");
		assertThat(home.select(".notification").text()).isEqualTo("Our offices are closed on 1 January.");
		assertThat(home.select("h1")).extracting(Element::text).containsExactly("Examples for Everyone");
		assertThat(home.select(".hero a.button").attr("href")).isEqualTo("/services/");
		assertThat(home.select(".key-highlights a")).extracting((link) -> link.attr("href"))
			.containsExactly("/services/", "/about-us/team/leaders/");
		assertThat(home.select(".infobar .prose b").text()).isEqualTo("daily life");
		assertThat(home.select(".infopic img").attr("alt")).isEqualTo("Staff of the ministry at work");
		assertThat(home.select(".infocols h3")).extracting(Element::text).containsExactly("Plan", "Build");
		assertThat(home.select(".announcements h3").text()).isEqualTo("New office hours");
		assertThat(home.select(".resources .post-card-title")).extracting(Element::text)
			.containsExactly("New Permits Open for Applications", "A New Year of Examples",
					"Speech by the Minister at the Examples Forum");
		assertThat(home.select(".resources a.button").attr("href")).isEqualTo("/news/");
		assertThat(home.text()).doesNotContain("colour").doesNotContain("infobar:");
	}

	@Test
	void theHeaderShowsTheLogoAndDropsDownACollectionWithoutJavaScript() throws Exception {
		Document page = fetch("/privacy/");
		assertThat(page.select(".site-logo img").attr("src")).isEqualTo("/images/logo.png");
		assertThat(page.select(".site-logo img").attr("alt")).isEqualTo("Ministry of Examples home page");
		Element about = page.selectFirst(".site-nav details:has(summary:containsOwn(About Us))");
		assertThat(about).isNotNull();
		assertThat(about.select("a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("About Us", "/about-us/"),
					org.assertj.core.groups.Tuple.tuple("Our Team", "/about-us/team/leaders/"),
					org.assertj.core.groups.Tuple.tuple("Our History", "/about-us/History.html"));
		assertThat(page.select(".site-nav details:has(summary:containsOwn(Newsroom)) a")).extracting(Element::text)
			.containsExactly("All", "Press Releases", "Speeches");
	}

	@Test
	void aCollectionPageHasItsGroupsSideNavigationAndBreadcrumb() throws Exception {
		Document staff = fetch("/about-us/team/staff/");
		Element sideNav = staff.selectFirst(".sidebar nav.sidenav");
		assertThat(sideNav.select("h2").text()).isEqualTo("Our Team");
		assertThat(sideNav.select("a")).extracting(Element::text).containsExactly("Our Leaders", "Our Staff");
		assertThat(sideNav.select("a[aria-current=page]").text()).isEqualTo("Our Staff");
		assertThat(staff.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "About Us", "Our Team", "Our Staff");
		assertThat(staff.select(".breadcrumb a")).extracting((link) -> link.attr("href"))
			.containsExactly("/", "/about-us/", "/about-us/team/leaders/", "/about-us/team/staff/");
		assertThat(staff.select(".pager a")).extracting((link) -> link.attr("href"))
			.containsExactly("/about-us/team/leaders/", "/about-us/History.html");
	}

	@Test
	void aTopLevelCollectionPageListsTheCollectionAndItsOwnHeadings() throws Exception {
		Document about = fetch("/about-us/");
		assertThat(about.select("nav.sidenav h2").text()).isEqualTo("About Us");
		assertThat(about.select("nav.sidenav a")).extracting(Element::text)
			.containsExactly("About Us", "Our Team", "Our History");
		assertThat(about.select("nav.toc a")).extracting((link) -> link.attr("href"))
			.containsExactly("#our-mission", "#our-values");
		assertThat(about.select(".prose h2#our-mission")).hasSize(1);
		assertThat(about.select("h1").text()).isEqualTo("About the Ministry");
	}

	@Test
	void theResourceRoomListsPostsNewestFirstAPageAtATimeWithCategories() throws Exception {
		Document first = fetch("/news/");
		assertThat(first.select(".media-card-title")).extracting(Element::text)
			.containsExactly("New Permits Open for Applications", "A New Year of Examples");
		assertThat(first.select(".room-tabs a[aria-current=page]").text()).isEqualTo("All");
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news/page2/");
		Document second = fetch("/news/page2/");
		assertThat(second.select(".media-card-title a")).extracting((link) -> link.attr("href"))
			.containsExactly("/news/speeches/minister-speech.html", "/files/slides.pdf");
		Document speeches = fetch("/news/speeches/");
		assertThat(speeches.select(".media-card-title")).hasSize(2);
		assertThat(speeches.select(".room-tabs a[aria-current=page]").text()).isEqualTo("Speeches");
	}

	@Test
	void aPostShowsItsDateAndCategory() throws Exception {
		Document post = fetch("/news/press-releases/new-permits/");
		assertThat(post.select(".post-meta time").attr("datetime")).isEqualTo("2024-02-10");
		assertThat(post.select(".post-meta time").text()).isEqualTo("10 Feb 2024");
		assertThat(post.select(".post-meta a").attr("href")).isEqualTo("/news/press-releases/");
		assertThat(post.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "News and Speeches", "Press Releases", "New Permits Open for Applications");
	}

	@Test
	void theContactPageShowsAddressesHoursAndContacts() throws Exception {
		Document contact = fetch("/contact-us/");
		assertThat(contact.select("h1").text()).isEqualTo("Get in touch with Ministry of Examples");
		assertThat(contact.select("address").text()).isEqualTo("1 Example Road Singapore 123456 Tel 6000 0000");
		assertThat(contact.select("address").html()).as("an entity, not its text").doesNotContain("&amp;");
		assertThat(contact.select(".contact-hours dt").text()).isEqualTo("Monday to Friday");
		assertThat(contact.select(".contact-group a")).extracting((link) -> link.attr("href"))
			.containsExactly("tel:+6560000000", "mailto:enquiries@example.gov.sg", "https://www.example.gov.sg/write");
		assertThat(contact.select(".contact-group li").last().text()).isEqualTo("Or write through our form");
		assertThat(contact.select(".contact-feedback a").attr("href")).isEqualTo("https://form.gov.sg/example");
		assertThat(contact.select(".contact-group h3").text()).isEqualTo("General Enquiries");
	}

	@Test
	void theFooterHasTheAgencysLinksSocialMediaAndTheLegalLinks() throws Exception {
		Document page = fetch("/privacy/");
		assertThat(page.select(".footer-links:not(.footer-social):not(.footer-legal) a")).extracting(Element::text)
			.containsExactly("REACH", "FAQ", "Feedback", "Contact Us");
		assertThat(page.select(".footer-social a")).extracting(Element::text).containsExactly("Facebook", "LinkedIn");
		assertThat(page.select(".footer-legal a")).extracting(Element::text)
			.containsExactly("Report Vulnerability", "Privacy Statement", "Terms of Use");
	}

	@Test
	void theSearchPageAnswersAtItsPermalinkAndReadsIsomersQueryParameter() throws Exception {
		this.mvc.perform(get("/search/").param("query", "permits")).andExpect(forwardedUrl("/search"));
		Document search = fetch("/search?query=permits");
		assertThat(search.select(".search-results a")).extracting(Element::text)
			.contains("New Permits Open for Applications");
	}

	@Test
	void filesAreServedAtTheirPathsButSourcesAndPagesWithoutFrontMatterAreNot() throws Exception {
		this.mvc.perform(get("/files/slides.pdf")).andExpect(status().isOk());
		this.mvc.perform(get("/images/logo.png")).andExpect(status().isOk());
		this.mvc.perform(get("/pages/notes.md")).andExpect(status().isNotFound());
		this.mvc.perform(get("/pages/notes.html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/_config.yml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/README.md")).andExpect(status().isNotFound());
	}

	@Test
	void theSitemapListsPagesAndListsButNotTheSearchPage() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).contains("/about-us/team/staff/</loc>", "/news/</loc>", "/news/speeches/</loc>",
				"/about-us/History.html</loc>");
		assertThat(sitemap).doesNotContain("/search/</loc>").doesNotContain("#");
	}

	@Test
	void anUnknownPathAnswers404WithTheSitesOwnNotFoundPage() throws Exception {
		String html = this.mvc.perform(get("/no-such-page/")).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("main .prose").text()).contains("This page is not here :(");
		assertThat(page.select("h1").text()).isEqualTo("404 Error");
		assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(page.select(".page-title, .breadcrumb")).as("a skeleton page has no title band").isEmpty();
		assertThat(fetch("/404.html").select("main .prose").text()).contains("This page is not here :(");
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).doesNotContain("/404.html");
	}

	private Document fetch(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
