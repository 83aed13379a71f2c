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

/**
 * The efforts page's budget: light to download, two render-blocking requests at most (the site's stylesheet and the
 * one its editors' styles became), no layout shift from images.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageWeightTests {

	/** Raised from 40 KB when the stylesheet took on Isomer's components (cards, accordions, homepage sections). */
	private static final int BUDGET = 48 * 1024;

	@Autowired
	private MockMvc mvc;

	@Test
	void htmlAndCssStayUnder48KbWithTheSiteAndPageStylesheetsAndNoScript() throws Exception {
		byte[] html = bytes(PageControllerTests.PAGE);
		Document page = Jsoup.parse(new String(html, "UTF-8"));
		assertThat(page.select("link[rel=stylesheet]")).extracting((link) -> link.attr("href"))
			.satisfiesExactly((site) -> assertThat(site).startsWith("/assets/site-"),
					(own) -> assertThat(own).startsWith("/assets/content/"));
		assertThat(page.select("script[src], link[rel=preload], link[rel=import]")).isEmpty();
		int css = 0;
		for (Element stylesheet : page.select("link[rel=stylesheet]")) {
			css += bytes(stylesheet.attr("href")).length;
		}
		assertThat(html.length + css).isLessThan(BUDGET);
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
