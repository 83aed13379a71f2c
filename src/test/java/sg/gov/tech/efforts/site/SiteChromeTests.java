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
 * What every page of an agency's site wears, from its own settings (fixtures/branded-site): its colours, no government
 * masthead where it says it is not a government site, the Menu button, folded side navigation and Isomer's footer.
 */
@SpringBootTest(properties = "site.content.location=classpath:fixtures/branded-site/")
@AutoConfigureMockMvc
class SiteChromeTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyKindOfPageLinksTheBrandStylesheetAfterTheSitesOwn() throws Exception {
		for (String path : new String[] { "/", "/services/apply/", "/search?q=licence", "/no-such-page/" }) {
			assertThat(fetch(path).select("link[rel=stylesheet]")).extracting((link) -> link.attr("href"))
				.as(path)
				.anySatisfy((href) -> assertThat(href).matches("/assets/site-[0-9a-f]{32}\\.css"))
				.anySatisfy((href) -> assertThat(href).matches("/assets/brand/[0-9a-f]{16}\\.css"));
		}
	}

	@Test
	void theBrandStylesheetCarriesTheConfigsColoursWithTheTooLightOneDarkened() throws Exception {
		String css = brandStylesheet();
		assertThat(css).contains("--color-primary:#6031b6;", "--color-secondary:#614067;", "--media-color-1:#323232;",
				"--media-color-2:#744d9f;", "--media-color-4:#7b3c40;", "--media-color-5:#00838f;")
			.doesNotContain("#50e3c2")
			.containsPattern("--media-color-3:#[0-9a-f]{6};")
			.contains("font-family: \"Lato\"");
	}

	@Test
	void theBrandStylesheetIsCachedForAYear() throws Exception {
		String path = fetch("/").select("link[href^=/assets/brand/]").attr("href");
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getHeader("Cache-Control")).contains("immutable"))
			.andExpect((result) -> assertThat(result.getResponse().getContentType()).startsWith("text/css"));
	}

	@Test
	void aSiteThatIsNotTheGovernmentsHasNoMasthead() throws Exception {
		assertThat(fetch("/").select(".masthead")).isEmpty();
		assertThat(fetch("/no-such-page/").text()).doesNotContain("A Singapore Government Agency Website");
	}

	@Test
	void aPhoneCopyOfTheNavigationAndSearchIsInsideTheMenuButtonsDisclosure() throws Exception {
		Document page = fetch("/");
		Element menu = page.selectFirst("header details.site-menu");
		assertThat(menu.selectFirst("> summary").text()).isEqualTo("Menu");
		assertThat(menu.select("nav.menu-nav[aria-label=Main] > ul > li")).hasSize(7);
		assertThat(menu.select("form[role=search] input[type=search]")).hasSize(1);
		assertThat(menu.select("a")).extracting((link) -> link.attr("href"))
			.as("the same links as the wide header's")
			.containsExactlyElementsOf(page.select(".site-header-wide nav.site-nav a").eachAttr("href"));
	}

	@Test
	void idsStayUniqueWithThePhoneCopies() throws Exception {
		for (String path : new String[] { "/", "/services/apply/" }) {
			assertThat(fetch(path).select("[id]").eachAttr("id")).as(path).doesNotHaveDuplicates().isNotEmpty();
		}
	}

	@Test
	void theSideNavigationFoldsUnderAButtonNamedAfterItsCollection() throws Exception {
		Element fold = fetch("/services/apply/").selectFirst("aside.sidebar > details.sidebar-fold");
		assertThat(fold.selectFirst("> summary").text()).isEqualTo("Services");
		assertThat(fold.select("nav.fold-sidenav a")).extracting(Element::text)
			.containsExactly("Apply for a Licence", "Renew a Licence");
		assertThat(fold.select("nav.fold-toc a")).extracting(Element::text).containsExactly("Who can apply", "How to apply");
		assertThat(fetch("/services/apply/").select("aside.sidebar > .sidebar-wide a")).extracting(Element::text)
			.as("the wide screen's copy")
			.containsExactly("Apply for a Licence", "Renew a Licence", "Who can apply", "How to apply");
	}

	@Test
	void theFootersSitemapHasAColumnPerNavigationLinkButContactUs() throws Exception {
		Document page = fetch("/events/");
		assertThat(page.select(".footer-sitemap > ul > li > a.footer-heading")).extracting(Element::text)
			.containsExactly("Services", "Events", "Partners", "Careers", "Publications", "Media");
		assertThat(page.select(".footer-sitemap > ul > li:first-child li a")).extracting(Element::text)
			.containsExactly("Apply for a Licence", "Renew a Licence");
	}

	@Test
	void theFooterHasTheContactFeedbackAndFaqLinksAndTheMandatoryOnes() throws Exception {
		Document page = fetch("/events/");
		assertThat(page.select(".footer-links:not(.footer-legal) a")).extracting(Element::text)
			.containsExactly("REACH", "FAQ", "Feedback", "Contact Us");
		assertThat(page.select(".footer-legal a")).extracting((link) -> link.text() + " " + link.attr("href"))
			.containsExactly("Report Vulnerability https://www.tech.gov.sg/report_vulnerability",
					"Privacy Statement /privacy/", "Terms of Use /terms-of-use/");
		assertThat(page.select(".footer-meta").text()).contains("Agency of Brands").contains("Last updated");
	}

	@Test
	void socialMediaLinksAreIconsDrawnInThePageNamedInWords() throws Exception {
		Document page = fetch("/events/");
		assertThat(page.select(".footer-social a")).extracting((link) -> link.attr("href"))
			.containsExactly("https://www.facebook.com/brand-example", "https://www.youtube.com/brand-example",
					"https://www.tiktok.com/@brand-example");
		for (Element link : page.select(".footer-social a")) {
			Element icon = link.selectFirst("svg.social-icon");
			assertThat(icon).isNotNull();
			assertThat(icon.attr("aria-hidden")).isEqualTo("true");
			assertThat(icon.select("path").attr("d")).isNotBlank();
			assertThat(link.select(".visually-hidden").text()).isNotBlank();
		}
		assertThat(page.select(".footer-social a")).extracting(Element::text).containsExactly("Facebook", "YouTube", "TikTok");
		// three different drawings, none of them the fallback
		assertThat(page.select(".footer-social path")).extracting((path) -> path.attr("d")).doesNotHaveDuplicates();
	}

	@Test
	void theAgencysOwnSassIsNotServed() throws Exception {
		this.mvc.perform(get("/misc/custom.css")).andExpect(status().isNotFound());
		this.mvc.perform(get("/misc/custom.scss")).andExpect(status().isNotFound());
	}

	private String brandStylesheet() throws Exception {
		String path = fetch("/").select("link[href^=/assets/brand/]").attr("href");
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
