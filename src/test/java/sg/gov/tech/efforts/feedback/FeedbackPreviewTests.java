package sg.gov.tech.efforts.feedback;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In a preview editors see, at /preview/feedback/, what citizens said of each page: only the controller, the site and
 * the store mocks. How the store counts and orders the answers is {@code FeedbackStoreContract}'s.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = FeedbackPreviewController.class))
@Import(SettingsConfiguration.class)
class FeedbackPreviewTests {

	private static final Site PREVIEW = new ContentLoader(true).load(SiteProperties.Content.EMBEDDED);

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String AREA = PAGE + "digital-identity/";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@MockitoBean
	private FeedbackStore store;

	@Test
	void eachPageIsARowOfItsCountsAndItsShareFoundUsefulInTheStoresOrder() throws Exception {
		given(this.content.site()).willReturn(PREVIEW);
		given(this.store.summary(any())).willReturn(List.of(new PageSummary(AREA, 0, 2, 1),
				new PageSummary(PAGE, 2, 1, 0)));
		assertThat(summary().select("tbody tr")).extracting(Element::text)
			.containsExactly(AREA + " 0 2 1 0%", PAGE + " 2 1 0 67%");
	}

	@Test
	void theSummaryIsTitledFeedback() throws Exception {
		given(this.content.site()).willReturn(PREVIEW);
		given(this.store.summary(any())).willReturn(List.of());
		assertThat(summary().select("h1").text()).isEqualTo("Feedback");
	}

	@Test
	void theSummaryCountsFromTheDayAskedForInSingapore() throws Exception {
		given(this.content.site()).willReturn(PREVIEW);
		given(this.store.summary(Instant.parse("2026-11-14T16:00:00Z")))
			.willReturn(List.of(new PageSummary(PAGE, 1, 0, 0)));
		String html = this.mvc.perform(get("/preview/feedback/").param("since", "2026-11-15"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("tbody tr")).extracting(Element::text)
			.containsExactly(PAGE + " 1 0 0 100%");
	}

	@Test
	void theSummaryIsNeverStored() throws Exception {
		given(this.content.site()).willReturn(PREVIEW);
		given(this.store.summary(any())).willReturn(List.of());
		this.mvc.perform(get("/preview/feedback/")).andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void aSinceThatIsNotADateIsABadRequest() throws Exception {
		given(this.content.site()).willReturn(PREVIEW);
		this.mvc.perform(get("/preview/feedback/").param("since", "soon")).andExpect(status().isBadRequest());
		verifyNoInteractions(this.store);
	}

	@Test
	void thePublicSiteHasNoFeedbackSummary() throws Exception {
		given(this.content.site()).willReturn(new ContentLoader(false).load(SiteProperties.Content.EMBEDDED));
		this.mvc.perform(get("/preview/feedback/")).andExpect(status().isNotFound());
		verifyNoInteractions(this.store);
	}

	private Document summary() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/preview/feedback/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
