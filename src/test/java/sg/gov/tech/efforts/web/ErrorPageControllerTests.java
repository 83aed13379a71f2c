package sg.gov.tech.efforts.web;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.PageRenderer;
import sg.gov.tech.efforts.site.PageSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.HttpRequestMethodNotSupportedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The error pages as the error controller answers an error Tomcat forwards to it (the request attributes Tomcat sets
 * stand in for the forward, which {@link ErrorPagesTests} makes over HTTP): only the controller and what renders and
 * writes the pre-rendered 404 page, the embedded content as the site served.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ErrorPageController.class))
@Import(PageSlice.class)
class ErrorPageControllerTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final Site EFFORTS = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PageRenderer renderer;

	@MockitoBean
	private CurrentSite content;

	@BeforeEach
	void servesTheEmbeddedContent() {
		given(this.content.site()).willReturn(EFFORTS);
	}

	@Test
	void aNotFoundErrorGetsThePreRenderedNotFoundPage() throws Exception {
		MockHttpServletResponse response = send(forwarded(404, "/images/none.png"));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsByteArray()).isEqualTo(this.renderer.rendered(EFFORTS).notFound().body(false));
	}

	@Test
	void theErrorPathItselfIsNotAPage() throws Exception {
		MockHttpServletResponse response = send(get("/error"));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("Page not found");
	}

	@Test
	void theNotFoundPageIsHtml() throws Exception {
		assertThat(send(forwarded(404, "/no-such-page/")).getContentType()).startsWith("text/html");
	}

	@Test
	void theNotFoundPageSaysPageNotFoundInTheSitesChrome() throws Exception {
		Document page = page(forwarded(404, "/no-such-page/"));
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select(".masthead")).hasSize(1);
	}

	@Test
	void theNotFoundPageLinksToTheEffortsPageOnceAndToEachOfItsNineAreas() throws Exception {
		Document page = page(forwarded(404, "/no-such-page/"));
		assertThat(page.select("main a[href=" + PAGE + "]")).hasSize(1);
		assertThat(page.select("main a[href^=" + PAGE + "]")).hasSize(10);
	}

	@Test
	void theNotFoundPageAsksSearchEnginesNotToIndexIt() throws Exception {
		assertThat(page(forwarded(404, "/no-such-page/")).select("meta[name=robots]").attr("content"))
			.isEqualTo("noindex");
	}

	@Test
	void aClientThatAsksForJsonGetsTheHtmlPage() throws Exception {
		MockHttpServletResponse response = send(forwarded(404, "/missing").header("Accept", "application/json"));
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("Page not found").doesNotContain("\"status\"");
	}

	@Test
	void aMethodNotAllowedListsOnlyTheReadMethods() throws Exception {
		MockHttpServletResponse response = send(forwarded(405, PAGE));
		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getHeader("Allow")).isEqualTo("GET, HEAD, OPTIONS");
	}

	@Test
	void aMethodNotAllowedGetsAPageThatSaysSo() throws Exception {
		assertThat(page(forwarded(405, PAGE)).select("h1").text()).isEqualTo("Method Not Allowed");
	}

	@Test
	void theErrorPageShowsNothingOfTheExceptionBehindIt() throws Exception {
		String html = send(forwarded(405, PAGE).requestAttr(RequestDispatcher.ERROR_EXCEPTION,
				new HttpRequestMethodNotSupportedException("POST"))
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, "Request method 'POST' is not supported"))
			.getContentAsString();
		assertThat(html).doesNotContain("Exception").doesNotContain("sg.gov.tech").doesNotContain("POST");
	}

	/** What Tomcat sets when it forwards a failed request to the error page. */
	static MockHttpServletRequestBuilder forwarded(int status, String path) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(send(request).getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
