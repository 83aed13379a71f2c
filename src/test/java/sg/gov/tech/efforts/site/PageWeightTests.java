package sg.gov.tech.efforts.site;

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
 * from images.
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
	void htmlAndCssStayUnder64KbWithTheSiteBrandAndPageStylesheetsAndNoScript() throws Exception {
		byte[] html = bytes(PageControllerTests.PAGE);
		Document page = Jsoup.parse(new String(html, "UTF-8"));
		assertThat(page.select("link[rel=stylesheet]")).extracting((link) -> link.attr("href"))
			.satisfiesExactly((site) -> assertThat(site).startsWith("/assets/site-"),
					(brand) -> assertThat(brand).startsWith("/assets/brand/"),
					(own) -> assertThat(own).startsWith("/assets/content/"));
		assertThat(page.select("script[src], link[rel=preload], link[rel=import]")).isEmpty();
		int css = 0;
		for (Element stylesheet : page.select("link[rel=stylesheet]")) {
			css += bytes(stylesheet.attr("href")).length;
		}
		System.out.printf("Efforts page: %d bytes of HTML and %d of CSS (budget %d)%n", html.length, css, BUDGET);
		assertThat(html.length + css).isLessThan(BUDGET);
	}

	/** Lato's regular and bold, the faces every page uses, within 40 KB; italics load only where text is italic. */
	@Test
	void fontsAreServedByTheSiteSwappedInAndUnder40KbForRegularAndBold() throws Exception {
		Document page = Jsoup.parse(new String(bytes(PageControllerTests.PAGE), "UTF-8"));
		String brandPath = page.select("link[rel=stylesheet][href^=/assets/brand/]").attr("href");
		String brand = new String(bytes(brandPath), "UTF-8");
		Matcher faces = Pattern.compile("@font-face \\{([^}]*)}").matcher(brand);
		int regularAndBold = 0;
		int count = 0;
		while (faces.find()) {
			count++;
			String face = faces.group(1);
			assertThat(face).contains("font-display: swap").contains("font-family: \"Lato\"");
			Matcher url = Pattern.compile("url\\(\"\\.\\./fonts/([^\"]+)\"\\)").matcher(face);
			assertThat(url.find()).as(face).isTrue();
			MockHttpServletResponse font = this.mvc.perform(get("/assets/fonts/" + url.group(1))).andReturn().getResponse();
			assertThat(font.getStatus()).isEqualTo(200);
			assertThat(font.getHeader("Cache-Control")).contains("immutable");
			if (face.contains("font-style: normal")) {
				regularAndBold += font.getContentAsByteArray().length;
			}
		}
		assertThat(count).isEqualTo(4);
		assertThat(regularAndBold).isPositive().isLessThan(40 * 1024);
	}

	@Test
	void localImagesHaveTheirSizeAndTheFirstCardImageIsFetchedFirst() throws Exception {
		Document page = Jsoup.parse(new String(bytes(PageControllerTests.PAGE), "UTF-8"));
		Element placeholder = page.selectFirst("img[src^=/images/]");
		assertThat(placeholder.attr("width")).isEqualTo("960");
		assertThat(placeholder.attr("height")).isEqualTo("540");
		// the first card's image is the largest paint near the top (issue 23): fetched first, the others lazily
		assertThat(page.select(".row img")).hasSize(3).extracting((card) -> card.attr("fetchpriority") + "/"
				+ card.attr("loading")).containsExactly("high/", "/lazy", "/lazy");
	}

	private byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
	}

}
