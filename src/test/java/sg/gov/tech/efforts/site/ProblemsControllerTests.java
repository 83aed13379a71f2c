package sg.gov.tech.efforts.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.settings.SettingsConfiguration;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page that lists the problems of the content loaded last: for editors of a preview only. */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ProblemsController.class))
@Import(SettingsConfiguration.class)
class ProblemsControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@Test
	void thePublicSiteHasNoProblemsPage() throws Exception {
		given(this.content.site()).willReturn(new ContentLoader(false).load(SiteProperties.Content.EMBEDDED));
		this.mvc.perform(get(ProblemsController.PATH)).andExpect(status().isNotFound());
	}

	@Test
	void aPreviewListsTheWarningsOfTheLoadWithTheirFileAndLine() throws Exception {
		given(this.content.site()).willReturn(new ContentLoader(true).load(SiteProperties.Content.EMBEDDED));
		String html = this.mvc.perform(get("/preview/problems/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document problems = Jsoup.parse(html);
		assertThat(problems.select("h1").text()).isEqualTo("Content problems");
		assertThat(problems.select("#warnings + ul li")).extracting(Element::text)
			.anySatisfy((item) -> assertThat(item).startsWith("our-digital-government-efforts.md, line ")
				.contains("cross link"));
	}

}
