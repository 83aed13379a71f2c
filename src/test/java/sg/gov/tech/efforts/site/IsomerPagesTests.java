package sg.gov.tech.efforts.site;

import org.assertj.core.groups.Tuple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.seo.Sitemaps;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the test Isomer repository as Isomer lays them out: homepage, collections, resource room, contact,
 * footer, its own 404 page. Rendered without a web layer; how they are served is {@link IsomerSiteTests}'.
 */
class IsomerPagesTests {

	private static final RenderedFixture SITE = RenderedFixture.isomerSite();

	@Test
	void theHomepageShowsTheNotification() {
		assertThat(SITE.page("/").select(".notification").text()).isEqualTo("Our offices are closed on 1 January.");
	}

	@Test
	void theHomepageIsBuiltFromItsSections() {
		Document home = SITE.page("/");
		assertThat(home.select("h1")).extracting(Element::text).containsExactly("Examples for Everyone");
		assertThat(home.select(".hero a.button").attr("href")).isEqualTo("/services/");
		assertThat(home.select(".key-highlights a")).extracting((link) -> link.attr("href"))
			.containsExactly("/services/", "/about-us/team/leaders/");
		assertThat(home.select(".infobar .prose b").text()).isEqualTo("daily life");
		assertThat(home.select(".infopic img").attr("alt")).isEqualTo("Staff of the ministry at work");
		assertThat(home.select(".infocols h3")).extracting(Element::text).containsExactly("Plan", "Build");
		assertThat(home.select(".announcements h3").text()).isEqualTo("New office hours");
		assertThat(home.text()).doesNotContain("colour").doesNotContain("infobar:");
	}

	@Test
	void theHomepageShowsTheLatestPosts() {
		Document home = SITE.page("/");
		assertThat(home.select(".resources .post-card-title")).extracting(Element::text)
			.containsExactly("New Permits Open for Applications", "A New Year of Examples",
					"Speech by the Minister at the Examples Forum");
		assertThat(home.select(".resources a.button").attr("href")).isEqualTo("/news/");
	}

	@Test
	void theHeaderShowsTheLogo() {
		Document page = SITE.page("/privacy/");
		assertThat(page.select(".site-logo img").attr("src")).isEqualTo("/images/logo.png");
		assertThat(page.select(".site-logo img").attr("alt")).isEqualTo("Ministry of Examples home page");
	}

	@Test
	void theHeaderDropsDownACollectionWithoutJavaScript() {
		Document page = SITE.page("/privacy/");
		Element about = page.selectFirst(".site-nav details:has(summary:containsOwn(About Us))");
		assertThat(about).isNotNull();
		assertThat(about.select("a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(Tuple.tuple("About Us", "/about-us/"), Tuple.tuple("Our Team", "/about-us/team/leaders/"),
					Tuple.tuple("Our History", "/about-us/History.html"));
		assertThat(page.select(".site-nav details:has(summary:containsOwn(Newsroom)) a")).extracting(Element::text)
			.containsExactly("All", "Press Releases", "Speeches");
	}

	@Test
	void aCollectionPageHasItsGroupsSideNavigation() {
		Element sideNav = SITE.page("/about-us/team/staff/").selectFirst(".sidebar nav.sidenav");
		assertThat(sideNav.select("h2").text()).isEqualTo("Our Team");
		assertThat(sideNav.select("a")).extracting(Element::text).containsExactly("Our Leaders", "Our Staff");
		assertThat(sideNav.select("a[aria-current=page]").text()).isEqualTo("Our Staff");
	}

	@Test
	void aCollectionPageHasItsBreadcrumb() {
		Document staff = SITE.page("/about-us/team/staff/");
		assertThat(staff.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "About Us", "Our Team", "Our Staff");
		assertThat(staff.select(".breadcrumb a")).extracting((link) -> link.attr("href"))
			.containsExactly("/", "/about-us/", "/about-us/team/leaders/", "/about-us/team/staff/");
	}

	@Test
	void aCollectionPageLinksThePagesBeforeAndAfterIt() {
		assertThat(SITE.page("/about-us/team/staff/").select(".pager a")).extracting((link) -> link.attr("href"))
			.containsExactly("/about-us/team/leaders/", "/about-us/History.html");
	}

	@Test
	void aTopLevelCollectionPageListsTheCollection() {
		Document about = SITE.page("/about-us/");
		assertThat(about.select("nav.sidenav h2").text()).isEqualTo("About Us");
		assertThat(about.select("nav.sidenav a")).extracting(Element::text)
			.containsExactly("About Us", "Our Team", "Our History");
	}

	@Test
	void aTopLevelCollectionPageListsItsOwnHeadings() {
		Document about = SITE.page("/about-us/");
		assertThat(about.select("nav.toc a")).extracting((link) -> link.attr("href"))
			.containsExactly("#our-mission", "#our-values");
		assertThat(about.select(".prose h2#our-mission")).hasSize(1);
		assertThat(about.select("h1").text()).isEqualTo("About the Ministry");
	}

	@Test
	void theResourceRoomListsPostsNewestFirst() {
		Document first = SITE.page("/news/");
		assertThat(first.select(".media-card-title")).extracting(Element::text)
			.containsExactly("New Permits Open for Applications", "A New Year of Examples");
		assertThat(first.select(".room-tabs a[aria-current=page]").text()).isEqualTo("All");
	}

	@Test
	void theResourceRoomsNextPageHasTheOlderPosts() {
		assertThat(SITE.page("/news/").select(".pagination a[rel=next]").attr("href")).isEqualTo("/news/page2/");
		assertThat(SITE.page("/news/page2/").select(".media-card-title a")).extracting((link) -> link.attr("href"))
			.containsExactly("/news/speeches/minister-speech.html", "/files/slides.pdf");
	}

	@Test
	void aCategoryListsOnlyItsPosts() {
		Document speeches = SITE.page("/news/speeches/");
		assertThat(speeches.select(".media-card-title")).hasSize(2);
		assertThat(speeches.select(".room-tabs a[aria-current=page]").text()).isEqualTo("Speeches");
	}

	@Test
	void aPostShowsItsDate() {
		Document post = SITE.page("/news/press-releases/new-permits/");
		assertThat(post.select(".post-meta time").attr("datetime")).isEqualTo("2024-02-10");
		assertThat(post.select(".post-meta time").text()).isEqualTo("10 Feb 2024");
	}

	@Test
	void aPostLinksToItsCategory() {
		Document post = SITE.page("/news/press-releases/new-permits/");
		assertThat(post.select(".post-meta a").attr("href")).isEqualTo("/news/press-releases/");
		assertThat(post.select(".breadcrumb li")).extracting(Element::text)
			.containsExactly("Home", "News and Speeches", "Press Releases", "New Permits Open for Applications");
	}

	@Test
	void theContactPageShowsTheAddress() {
		Document contact = SITE.page("/contact-us/");
		assertThat(contact.select("h1").text()).isEqualTo("Get in touch with Ministry of Examples");
		assertThat(contact.select("address").text()).isEqualTo("1 Example Road Singapore 123456 Tel 6000 0000");
		assertThat(contact.select("address").html()).as("an entity, not its text").doesNotContain("&amp;");
	}

	@Test
	void theContactPageShowsTheOpeningHours() {
		assertThat(SITE.page("/contact-us/").select(".contact-hours dt").text()).isEqualTo("Monday to Friday");
	}

	@Test
	void theContactPageListsTheWaysToGetInTouch() {
		Document contact = SITE.page("/contact-us/");
		assertThat(contact.select(".contact-group h3").text()).isEqualTo("General Enquiries");
		assertThat(contact.select(".contact-group a")).extracting((link) -> link.attr("href"))
			.containsExactly("tel:+6560000000", "mailto:enquiries@example.gov.sg", "https://www.example.gov.sg/write");
		assertThat(contact.select(".contact-group li").last().text()).isEqualTo("Or write through our form");
		assertThat(contact.select(".contact-feedback a").attr("href")).isEqualTo("https://form.gov.sg/example");
	}

	@Test
	void theFooterHasTheAgencysLinks() {
		assertThat(SITE.page("/privacy/").select(".footer-links:not(.footer-social):not(.footer-legal) a"))
			.extracting(Element::text)
			.containsExactly("REACH", "FAQ", "Feedback", "Contact Us");
	}

	@Test
	void theFooterHasTheSocialMediaLinks() {
		assertThat(SITE.page("/privacy/").select(".footer-social a")).extracting(Element::text)
			.containsExactly("Facebook", "LinkedIn");
	}

	@Test
	void theFooterHasTheLegalLinks() {
		assertThat(SITE.page("/privacy/").select(".footer-legal a")).extracting(Element::text)
			.containsExactly("Report Vulnerability", "Privacy Statement", "Terms of Use");
	}

	@Test
	void theNotFoundPageIsTheSitesOwn() {
		Document page = SITE.notFound();
		assertThat(page.select("main .prose").text()).contains("This page is not here :(");
		assertThat(page.select("h1").text()).isEqualTo("404 Error");
	}

	@Test
	void theNotFoundPageIsNotForSearchEngines() {
		assertThat(SITE.notFound().select("meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void theNotFoundPageIsASkeletonWithoutATitleBand() {
		assertThat(SITE.notFound().select(".page-title, .breadcrumb")).isEmpty();
	}

	@Test
	void theSitesNotFoundPageIsAlsoAtItsPermalink() {
		assertThat(SITE.page("/404.html").select("main .prose").text()).contains("This page is not here :(");
	}

	@Test
	void theSitemapListsPagesAndLists() {
		assertThat(sitemap()).contains("/about-us/team/staff/</loc>", "/news/</loc>", "/news/speeches/</loc>",
				"/about-us/History.html</loc>");
	}

	@Test
	void theSitemapLeavesOutTheSearchPage() {
		assertThat(sitemap()).doesNotContain("/search/</loc>").doesNotContain("#");
	}

	@Test
	void theSitemapLeavesOutTheNotFoundPage() {
		assertThat(sitemap()).doesNotContain("/404.html");
	}

	private static String sitemap() {
		return Sitemaps.of(SITE.site(), new SiteProperties());
	}

}
