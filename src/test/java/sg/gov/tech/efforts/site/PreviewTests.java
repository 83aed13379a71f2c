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

/** With site.preview=true editors see their notes, highlighted, under a banner on every page. */
@SpringBootTest(properties = "site.preview=true")
@AutoConfigureMockMvc
class PreviewTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyPageShowsThePreviewBannerAndAsksNotToBeIndexed() throws Exception {
		for (String path : new String[] { PageControllerTests.PAGE, PageControllerTests.PAGE + "digital-identity/" }) {
			Document page = fetch(path);
			assertThat(page.select(".preview-banner").text()).as(path).startsWith("Preview");
			assertThat(page.select("meta[name=robots]").attr("content")).as(path).contains("noindex");
		}
	}

	@Test
	void theEditorsNoteIsShownHighlighted() throws Exception {
		Document page = fetch(PageControllerTests.PAGE);
		assertThat(page.select("mark.editor-note")).extracting(Element::text)
			.contains("Editor's note: Consider using anchorlinks for long content",
					"Editor's note: Cross link to products and services i.e. Data strategies",
					"Editor's note: Cross link to products and services");
	}

	@Test
	void theProblemsOfTheLoadAreListedOnAPageForEditors() throws Exception {
		Document problems = fetch("/preview/problems/");
		assertThat(problems.select("h1").text()).isEqualTo("Content problems");
		assertThat(problems.select("#warnings + ul li")).extracting(Element::text)
			.anySatisfy((item) -> assertThat(item).startsWith("our-digital-government-efforts.md, line ")
				.contains("cross link"));
		assertThat(fetch(PageControllerTests.PAGE).select(".preview-banner a").attr("href"))
			.isEqualTo("/preview/problems/");
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
