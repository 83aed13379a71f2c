package sg.gov.tech.efforts.site;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.PageNotFoundException;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every page of an agency's site wears, from its own settings (fixtures/branded-site): its colours, no government
 * masthead where it says it is not a government site, the Menu button, folded side navigation and Isomer's footer.
 * Rendered without a web layer; that search results and hashed asset names wear it too is {@link IsomerSiteTests}'.
 */
class SiteChromeTests {

	private static final RenderedFixture SITE = RenderedFixture.of("classpath:fixtures/branded-site/");

	private static final String BRAND = "/assets/brand/[0-9a-f]{16}\\.css";

	@Test
	void aPageLinksTheBrandStylesheetAfterTheSitesOwn() {
		for (String path : new String[] { "/", "/services/apply/" }) {
			assertThat(stylesheets(SITE.page(path))).as(path).startsWith("/assets/site.css");
			assertThat(stylesheets(SITE.page(path)).get(1)).as(path).matches(BRAND);
		}
	}

	@Test
	void theNotFoundPageLinksTheBrandStylesheetAfterTheSitesOwn() {
		assertThat(stylesheets(SITE.notFound())).startsWith("/assets/site.css");
		assertThat(stylesheets(SITE.notFound()).get(1)).matches(BRAND);
	}

	@Test
	void theBrandStylesheetCarriesTheConfigsColoursWithTheTooLightOneDarkened() {
		assertThat(SITE.text(brandStylesheet())).contains("--color-primary:#6031b6;", "--color-secondary:#614067;",
				"--media-color-1:#323232;", "--media-color-2:#744d9f;", "--media-color-4:#7b3c40;",
				"--media-color-5:#00838f;")
			.doesNotContain("#50e3c2")
			.containsPattern("--media-color-3:#[0-9a-f]{6};")
			.contains("font-family: \"Lato\"");
	}

	@Test
	void theBrandStylesheetIsCachedForAYear() {
		assertThat(SITE.rendered(brandStylesheet()).block(false).headers(200))
			.filteredOn((header) -> header.name().equals(HttpHeaders.CACHE_CONTROL))
			.singleElement()
			.satisfies((header) -> assertThat(header.value()).contains("max-age=31536000").contains("immutable"));
	}

	@Test
	void theBrandStylesheetIsSentAsCss() {
		assertThat(SITE.rendered(brandStylesheet()).contentType().value()).startsWith("text/css");
	}

	@Test
	void aSiteThatIsNotTheGovernmentsHasNoMasthead() {
		assertThat(SITE.page("/").select(".masthead")).isEmpty();
	}

	@Test
	void theNotFoundPageOfASiteThatIsNotTheGovernmentsDoesNotSayItIsOne() {
		assertThat(SITE.notFound().text()).doesNotContain("A Singapore Government Agency Website");
	}

	@Test
	void aPhoneCopyOfTheNavigationAndSearchIsInsideTheMenuButtonsDisclosure() {
		Document page = SITE.page("/");
		Element menu = page.selectFirst("header details.site-menu");
		assertThat(menu.selectFirst("> summary").text()).isEqualTo("Menu");
		assertThat(menu.select("nav.menu-nav[aria-label=Main] > ul > li")).hasSize(7);
		assertThat(menu.select("form[role=search] input[type=search]")).hasSize(1);
		assertThat(menu.select("a")).extracting((link) -> link.attr("href"))
			.as("the same links as the wide header's")
			.containsExactlyElementsOf(page.select(".site-header-wide nav.site-nav a").eachAttr("href"));
	}

	@Test
	void idsStayUniqueWithThePhoneCopies() {
		for (String path : new String[] { "/", "/services/apply/" }) {
			assertThat(SITE.page(path).select("[id]").eachAttr("id")).as(path).doesNotHaveDuplicates().isNotEmpty();
		}
	}

	@Test
	void theSideNavigationFoldsUnderAButtonNamedAfterItsCollection() {
		Element fold = SITE.page("/services/apply/").selectFirst("aside.sidebar > details.sidebar-fold");
		assertThat(fold.selectFirst("> summary").text()).isEqualTo("Services");
		assertThat(fold.select("nav.fold-sidenav a")).extracting(Element::text)
			.containsExactly("Apply for a Licence", "Renew a Licence");
		assertThat(fold.select("nav.fold-toc a")).extracting(Element::text)
			.containsExactly("Who can apply", "How to apply");
	}

	@Test
	void wideScreensShowTheSideNavigationUnfolded() {
		assertThat(SITE.page("/services/apply/").select("aside.sidebar > .sidebar-wide a")).extracting(Element::text)
			.containsExactly("Apply for a Licence", "Renew a Licence", "Who can apply", "How to apply");
	}

	@Test
	void theFootersSitemapHasAColumnPerNavigationLinkButContactUs() {
		Document page = SITE.page("/events/");
		assertThat(page.select(".footer-sitemap > ul > li > a.footer-heading")).extracting(Element::text)
			.containsExactly("Services", "Events", "Partners", "Careers", "Publications", "Media");
		assertThat(page.select(".footer-sitemap > ul > li:first-child li a")).extracting(Element::text)
			.containsExactly("Apply for a Licence", "Renew a Licence");
	}

	@Test
	void theFooterLinksToContactFeedbackAndFaq() {
		assertThat(SITE.page("/events/").select(".footer-links:not(.footer-legal) a")).extracting(Element::text)
			.containsExactly("REACH", "FAQ", "Feedback", "Contact Us");
	}

	@Test
	void theFooterHasTheMandatoryLegalLinks() {
		assertThat(SITE.page("/events/").select(".footer-legal a"))
			.extracting((link) -> link.text() + " " + link.attr("href"))
			.containsExactly("Report Vulnerability https://www.tech.gov.sg/report_vulnerability",
					"Privacy Statement /privacy/", "Terms of Use /terms-of-use/");
	}

	@Test
	void theFooterNamesTheAgencyWithTheLastUpdate() {
		assertThat(SITE.page("/events/").select(".footer-meta").text()).contains("Agency of Brands")
			.contains("Last updated");
	}

	@Test
	void socialMediaLinksAreIconsDrawnInThePage() {
		Document page = SITE.page("/events/");
		assertThat(page.select(".footer-social a")).extracting((link) -> link.attr("href"))
			.containsExactly("https://www.facebook.com/brand-example", "https://www.youtube.com/brand-example",
					"https://www.tiktok.com/@brand-example");
		for (Element link : page.select(".footer-social a")) {
			Element icon = link.selectFirst("svg.social-icon");
			assertThat(icon).isNotNull();
			assertThat(icon.attr("aria-hidden")).isEqualTo("true");
			assertThat(icon.select("path").attr("d")).isNotBlank();
		}
		// three different drawings, none of them the fallback
		assertThat(page.select(".footer-social path")).extracting((path) -> path.attr("d")).doesNotHaveDuplicates();
	}

	@Test
	void socialMediaLinksAreNamedInWords() {
		assertThat(SITE.page("/events/").select(".footer-social a .visually-hidden")).extracting(Element::text)
			.containsExactly("Facebook", "YouTube", "TikTok");
	}

	@Test
	void theAgencysOwnSassIsNotServed() {
		for (String path : new String[] { "/misc/custom.scss", "/misc/custom.css" }) {
			assertThat(SITE.site().hasFile(path)).as(path).isFalse();
			assertThatExceptionOfType(PageNotFoundException.class).as(path)
				.isThrownBy(() -> SITE.site().route(path));
		}
	}

	private static String brandStylesheet() {
		return SITE.page("/").select("link[href^=/assets/brand/]").attr("href");
	}

	private static List<String> stylesheets(Document page) {
		return page.select("link[rel=stylesheet]").eachAttr("href");
	}

}
