package sg.gov.tech.efforts.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The efforts page's budget: light to download, three render-blocking requests at most (the site's stylesheet, its
 * brand's colours and fonts, and the one its editors' styles became), fonts that never block text, no layout shift
 * from images. Measured through the whole application: what goes over the wire includes the assets' hashed names
 * and the fonts as the asset handlers serve them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageWeightTests {

	/**
	 * Raised from 40 KB when the stylesheet took on Isomer's components (cards, accordions, homepage sections), and
	 * from 48 KB when it took on Isomer's look (white header with a menu button, title band, footer sitemap, brand),
	 * from 52 KB when it took on resource-room cards and tabs and responsive pictures, and from 60 KB when every page
	 * took on the feedback forms (62.5 KB then; the CSS is 8.6 KB gzipped).
	 */
	private static final int BUDGET = 64 * 1024;

	@Autowired
	private MockMvc mvc;

	@Test
	void theEffortsPageLinksOnlyTheSitesTheBrandsAndItsOwnStylesheets() throws Exception {
		assertThat(effortsPage().select("link[rel=stylesheet]")).extracting((link) -> link.attr("href"))
			.satisfiesExactly((site) -> assertThat(site).startsWith("/assets/site-"),
					(brand) -> assertThat(brand).startsWith("/assets/brand/"),
					(own) -> assertThat(own).startsWith("/assets/content/"));
	}

	@Test
	void theEffortsPageLoadsNoScriptOrOtherBlockingRequest() throws Exception {
		assertThat(effortsPage().select("script[src], link[rel=preload], link[rel=import]")).isEmpty();
	}

	@Test
	void theEffortsPagesHtmlAndCssStayUnder64Kb() throws Exception {
		byte[] html = bytes(PageControllerTests.PAGE);
		int css = 0;
		for (Element stylesheet : effortsPage().select("link[rel=stylesheet]")) {
			css += bytes(stylesheet.attr("href")).length;
		}
		System.out.printf("Efforts page: %d bytes of HTML and %d of CSS (budget %d)%n", html.length, css, BUDGET);
		assertThat(css).isPositive();
		assertThat(html.length + css).isLessThan(BUDGET);
	}

	@Test
	void theBrandsFourFacesAreLatoSwappedIn() throws Exception {
		List<String> faces = fontFaces();
		assertThat(faces).hasSize(4)
			.allSatisfy((face) -> assertThat(face).contains("font-display: swap").contains("font-family: \"Lato\""));
	}

	@Test
	void fontsAreServedByTheSiteCachedForGood() throws Exception {
		for (String face : fontFaces()) {
			MockHttpServletResponse font = font(face);
			assertThat(font.getStatus()).as(face).isEqualTo(200);
			assertThat(font.getHeader("Cache-Control")).as(face).contains("immutable");
		}
	}

	/** Lato's regular and bold, the faces every page uses, within 40 KB; italics load only where text is italic. */
	@Test
	void regularAndBoldFontsStayUnder40Kb() throws Exception {
		int regularAndBold = 0;
		for (String face : fontFaces()) {
			if (face.contains("font-style: normal")) {
				regularAndBold += font(face).getContentAsByteArray().length;
			}
		}
		assertThat(regularAndBold).isPositive().isLessThan(40 * 1024);
	}

	@Test
	void localImagesHaveTheirSize() throws Exception {
		Element placeholder = effortsPage().selectFirst("img[src^=/images/]");
		assertThat(placeholder.attr("width")).isEqualTo("960");
		assertThat(placeholder.attr("height")).isEqualTo("540");
	}

	@Test
	void theFirstCardImageIsFetchedFirstTheOthersLazily() throws Exception {
		// the first card's image is the largest paint near the top (issue 23)
		assertThat(effortsPage().select(".row img")).hasSize(3)
			.extracting((card) -> card.attr("fetchpriority") + "/" + card.attr("loading"))
			.containsExactly("high/", "/lazy", "/lazy");
	}

	private Document effortsPage() throws Exception {
		return Jsoup.parse(new String(bytes(PageControllerTests.PAGE), StandardCharsets.UTF_8));
	}

	/** The {@code @font-face} rules of the brand stylesheet the efforts page links. */
	private List<String> fontFaces() throws Exception {
		String brandPath = effortsPage().select("link[rel=stylesheet][href^=/assets/brand/]").attr("href");
		Matcher faces = Pattern.compile("@font-face \\{([^}]*)}")
			.matcher(new String(bytes(brandPath), StandardCharsets.UTF_8));
		List<String> found = new ArrayList<>();
		while (faces.find()) {
			found.add(faces.group(1));
		}
		return found;
	}

	private MockHttpServletResponse font(String face) throws Exception {
		Matcher url = Pattern.compile("url\\(\"\\.\\./fonts/([^\"]+)\"\\)").matcher(face);
		assertThat(url.find()).as(face).isTrue();
		return this.mvc.perform(get("/assets/fonts/" + url.group(1))).andReturn().getResponse();
	}

	private byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
	}

}
