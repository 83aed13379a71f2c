package sg.gov.tech.efforts.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

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

/**
 * With site.preview=true editors see their notes, highlighted, under a banner on every page: the page controller's
 * slice, serving the embedded content loaded as a preview loads it.
 */
@WebMvcTest(properties = "site.preview=true", useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PageController.class))
@Import(PageSlice.class)
class PreviewTests {

	private static final String PAGE = PageControllerTests.PAGE;

	private static final String AREA = PAGE + "digital-identity/";

	private static final Site PREVIEW = new ContentLoader(true).load(SiteProperties.Content.EMBEDDED);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@BeforeEach
	void servesAPreviewOfTheEmbeddedContent() {
		given(this.content.site()).willReturn(PREVIEW);
	}

	@Test
	void everyPageShowsThePreviewBanner() throws Exception {
		for (String path : new String[] { PAGE, AREA }) {
			assertThat(fetch(path).select(".preview-banner").text()).as(path).startsWith("Preview");
		}
	}

	@Test
	void everyPageAsksSearchEnginesNotToIndexIt() throws Exception {
		for (String path : new String[] { PAGE, AREA }) {
			assertThat(fetch(path).select("meta[name=robots]").attr("content")).as(path).contains("noindex");
		}
	}

	@Test
	void noSharedCacheMayKeepAPreviewPage() throws Exception {
		assertThat(this.mvc.perform(get(PAGE)).andReturn().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-cache");
	}

	@Test
	void theEditorsNotesAreShownHighlighted() throws Exception {
		assertThat(fetch(PAGE).select("mark.editor-note")).extracting(Element::text)
			.contains("Editor's note: Consider using anchorlinks for long content",
					"Editor's note: Cross link to products and services i.e. Data strategies",
					"Editor's note: Cross link to products and services");
	}

	@Test
	void theBannerLinksToTheProblemsPage() throws Exception {
		assertThat(fetch(PAGE).select(".preview-banner a").attr("href")).isEqualTo("/preview/problems/");
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
