package sg.gov.tech.efforts.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.PageSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * An Isomer site's own not-found page ({@code misc/404.html}) for a missing file, which Tomcat forwards to the error
 * controller: the slice of {@link ErrorPageControllerTests}, serving the Isomer fixture. A missing page gets it from
 * the page controller ({@code PrerenderedPagesTests}).
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ErrorPageController.class))
@Import(PageSlice.class)
class SiteNotFoundPageTests {

	private static final Site ISOMER = new ContentLoader().load("classpath:fixtures/isomer-site/");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@BeforeEach
	void servesTheIsomerFixture() {
		given(this.content.site()).willReturn(ISOMER);
	}

	@Test
	void aMissingFileGetsTheSitesOwnPageWithStatus404() throws Exception {
		MockHttpServletResponse response = missingFile();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("This page is not here :(")
			.doesNotContain("We could not find the page");
	}

	@Test
	void theSitesOwnPageIsSentWithAPolicyThatAllowsNoInlineStyles() throws Exception {
		assertThat(missingFile().getHeader("Content-Security-Policy")).contains("style-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	private MockHttpServletResponse missingFile() throws Exception {
		return this.mvc.perform(ErrorPageControllerTests.forwarded(404, "/files/no-such-file.pdf"))
			.andReturn()
			.getResponse();
	}

}
