package sg.gov.tech.efforts.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

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
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pages are written from the bytes rendered when the content loaded, with gzip, validators and cheap revalidation,
 * by {@link PageWriter} as a servlet filter before Spring MVC: the same slice as {@link PageControllerTests}, so both
 * share one context. What Tomcat's connector writes itself is {@code PageFastLaneTests}'s.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PageController.class))
@Import(PageSlice.class)
class PrerenderedPagesTests {

	private static final String PAGE = PageControllerTests.PAGE;

	private static final String AREA = PAGE + "cybersecurity/";

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
	void aPageIsTheBytesRenderedWhenTheContentLoaded() throws Exception {
		PageStore rendered = this.renderer.rendered(EFFORTS);
		for (String path : new String[] { PAGE, AREA }) {
			MockHttpServletResponse response = send(get(path));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsByteArray()).as(path)
				.isEqualTo(rendered.page(path).orElseThrow().body(false));
		}
	}

	@Test
	void answeringRequestsRendersNothingAgain() throws Exception {
		PageStore rendered = this.renderer.rendered(EFFORTS);
		send(get(PAGE));
		send(get(AREA).header("Accept-Encoding", "gzip"));
		assertThat(this.renderer.rendered(EFFORTS)).isSameAs(rendered);
	}

	@Test
	void aPageIsHtmlInUtf8() throws Exception {
		assertThat(send(get(PAGE)).getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void gzipGoesToAClientThatTakesIt() throws Exception {
		MockHttpServletResponse plain = send(get(PAGE));
		MockHttpServletResponse gzip = send(get(PAGE).header("Accept-Encoding", "br, gzip;q=0.8"));
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getContentLength()).isEqualTo(gzip.getContentAsByteArray().length)
			.isLessThan(plain.getContentLength() / 3);
		assertThat(gunzip(gzip.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
	}

	@Test
	void aClientThatRefusesGzipGetsThePlainPage() throws Exception {
		assertThat(send(get(PAGE).header("Accept-Encoding", "gzip;q=0, deflate")).getHeader("Content-Encoding"))
			.isNull();
	}

	@Test
	void theGzippedPageHasAnETagOfItsOwn() throws Exception {
		String plain = send(get(PAGE)).getHeader("ETag");
		String gzip = send(get(PAGE).header("Accept-Encoding", "gzip")).getHeader("ETag");
		assertThat(gzip).startsWith("\"").isNotEqualTo(plain);
	}

	@Test
	void bothEncodingsSayTheyVaryByAcceptEncoding() throws Exception {
		assertThat(send(get(PAGE)).getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(send(get(PAGE).header("Accept-Encoding", "gzip")).getHeader("Vary")).isEqualTo("Accept-Encoding");
	}

	@Test
	void browsersRevalidateAPageEveryTimeWhileSharedCachesMayKeepIt() throws Exception {
		for (String encoding : new String[] { "identity", "gzip" }) {
			assertThat(send(get(PAGE).header("Accept-Encoding", encoding)).getHeader("Cache-Control")).as(encoding)
				.startsWith("public, max-age=0, s-maxage=");
		}
	}

	@Test
	void aPageIsTaggedWithTheSiteAndItselfForPurgingFromACdn() throws Exception {
		for (String encoding : new String[] { "identity", "gzip" }) {
			assertThat(send(get(PAGE).header("Accept-Encoding", encoding)).getHeader("Cache-Tag")).as(encoding)
				.matches("site,p-[0-9a-f]{12}");
		}
	}

	@Test
	void aCurrentETagIsAnswered304WithNoBody() throws Exception {
		String etag = send(get(AREA)).getHeader("ETag");
		MockHttpServletResponse byEtag = send(get(AREA).header("If-None-Match", "\"other\", " + etag));
		assertThat(byEtag.getStatus()).isEqualTo(304);
		assertThat(byEtag.getContentAsByteArray()).isEmpty();
	}

	@Test
	void anotherETagGetsThePage() throws Exception {
		assertThat(send(get(AREA).header("If-None-Match", "\"other\"")).getStatus()).isEqualTo(200);
	}

	@Test
	void aCopyAsRecentAsThePageIsAnswered304() throws Exception {
		String lastModified = send(get(AREA)).getHeader("Last-Modified");
		assertThat(send(get(AREA).header("If-Modified-Since", lastModified)).getStatus()).isEqualTo(304);
	}

	@Test
	void anOlderCopyGetsThePage() throws Exception {
		HttpHeaders earlier = new HttpHeaders();
		earlier.setIfModifiedSince(send(get(AREA)).getDateHeader("Last-Modified") - 1000);
		assertThat(send(get(AREA).headers(earlier)).getStatus()).isEqualTo(200);
	}

	@Test
	void headSendsTheHeadersOfGetWithoutABody() throws Exception {
		MockHttpServletResponse get = send(get(PAGE));
		MockHttpServletResponse head = send(head(PAGE));
		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getContentLength()).isEqualTo(get.getContentAsByteArray().length);
		assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
	}

	@Test
	void anUnknownPathGetsThePreRenderedNotFoundPage() throws Exception {
		MockHttpServletResponse notFound = send(get(PAGE + "no-such-area/").header("Accept-Encoding", "gzip"));
		assertThat(notFound.getStatus()).isEqualTo(404);
		assertThat(gunzip(notFound.getContentAsByteArray()))
			.isEqualTo(this.renderer.rendered(EFFORTS).notFound().body(false));
		assertThat(new String(gunzip(notFound.getContentAsByteArray()), StandardCharsets.UTF_8))
			.contains("Page not found");
	}

	@Test
	void anIsomerSitesUnknownPathGetsTheSitesOwnNotFoundPage() throws Exception {
		given(this.content.site()).willReturn(new ContentLoader().load("classpath:fixtures/isomer-site/"));
		MockHttpServletResponse notFound = send(get("/no-such-page/"));
		assertThat(notFound.getStatus()).isEqualTo(404);
		assertThat(notFound.getContentAsString()).contains("This page is not here :(")
			.doesNotContain("We could not find the page");
	}

	@Test
	void theNotFoundPageHasNoETag() throws Exception {
		assertThat(send(get(PAGE + "no-such-area/")).getHeader("ETag")).isNull();
	}

	@Test
	void pagesAreAnsweredBeforeSpringMvc() throws Exception {
		for (RequestBuilder page : new RequestBuilder[] { get(PAGE), head(AREA) }) {
			MvcResult result = this.mvc.perform(page).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getHandler()).as("no handler: the dispatcher servlet never ran").isNull();
		}
	}

	@Test
	void everyOtherPathGoesOnToThePageController() throws Exception {
		for (String other : new String[] { AREA.toUpperCase(Locale.ROOT), PAGE + "no-such-area/" }) {
			MvcResult result = this.mvc.perform(get(other)).andReturn();
			assertThat(result.getResponse().getStatus()).as(other).isIn(301, 404);
			assertThat(result.getHandler()).as(other)
				.hasToString(PageController.class.getName() + "#page(ServletWebRequest)");
		}
	}

	@Test
	void aPostToAPageIsNotAllowed() throws Exception {
		assertThat(send(post(PAGE)).getStatus()).isEqualTo(405);
	}

	private MockHttpServletResponse send(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
