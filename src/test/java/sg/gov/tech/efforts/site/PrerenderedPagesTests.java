package sg.gov.tech.efforts.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Pages are written from the bytes rendered when the content loaded, with gzip, validators and cheap revalidation. */
@SpringBootTest
@AutoConfigureMockMvc
class PrerenderedPagesTests {

	private static final String PAGE = PageControllerTests.PAGE;

	private static final String AREA = PAGE + "cybersecurity/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PageRenderer renderer;

	@Autowired
	private CurrentSite content;

	@Test
	void aPageIsTheBytesRenderedWhenTheContentLoaded() throws Exception {
		PageStore rendered = this.renderer.rendered(this.content.site());
		for (String path : new String[] { PAGE, AREA }) {
			MockHttpServletResponse response = send(get(path));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(response.getContentAsByteArray()).isEqualTo(rendered.page(path).orElseThrow().body(false));
		}
		assertThat(this.renderer.rendered(this.content.site())).isSameAs(rendered);
	}

	@Test
	void gzipGoesToClientsThatTakeItWithItsOwnETag() throws Exception {
		MockHttpServletResponse plain = send(get(PAGE));
		MockHttpServletResponse gzip = send(get(PAGE).header("Accept-Encoding", "br, gzip;q=0.8"));
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getContentLength()).isEqualTo(gzip.getContentAsByteArray().length)
			.isLessThan(plain.getContentLength() / 3);
		assertThat(gunzip(gzip.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
		assertThat(gzip.getHeader("ETag")).startsWith("\"").isNotEqualTo(plain.getHeader("ETag"));
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { plain, gzip }) {
			assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
			assertThat(response.getHeader("Cache-Control")).startsWith("public, max-age=0, s-maxage=");
			assertThat(response.getHeader("Cache-Tag")).matches("site,p-[0-9a-f]{12}");
		}
		assertThat(send(get(PAGE).header("Accept-Encoding", "gzip;q=0, deflate")).getHeader("Content-Encoding"))
			.isNull();
	}

	@Test
	void aCurrentCopyIsRevalidatedWith304AndNoBody() throws Exception {
		MockHttpServletResponse first = send(get(AREA));
		String etag = first.getHeader("ETag");
		MockHttpServletResponse byEtag = send(get(AREA).header("If-None-Match", "\"other\", " + etag));
		assertThat(byEtag.getStatus()).isEqualTo(304);
		assertThat(byEtag.getContentAsByteArray()).isEmpty();
		assertThat(send(get(AREA).header("If-None-Match", "\"other\"")).getStatus()).isEqualTo(200);
		String lastModified = first.getHeader("Last-Modified");
		assertThat(send(get(AREA).header("If-Modified-Since", lastModified)).getStatus()).isEqualTo(304);
		HttpHeaders earlier = new HttpHeaders();
		earlier.setIfModifiedSince(first.getDateHeader("Last-Modified") - 1000);
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
	void anUnknownPathGetsThePreRendered404WhichIsTheErrorControllersPage() throws Exception {
		MockHttpServletResponse notFound = send(get(PAGE + "no-such-area/").header("Accept-Encoding", "gzip"));
		assertThat(notFound.getStatus()).isEqualTo(404);
		assertThat(notFound.getHeader("ETag")).isNull();
		MockHttpServletResponse rendered = send(get("/error"));
		assertThat(rendered.getStatus()).isEqualTo(404);
		assertThat(new String(gunzip(notFound.getContentAsByteArray()), "UTF-8"))
			.isEqualTo(rendered.getContentAsString())
			.contains("Page not found");
	}

	@Test
	void pagesAreAnsweredBeforeSpringMvcAndEverythingElseGoesOnToTheControllers() throws Exception {
		for (RequestBuilder page : new RequestBuilder[] { get(PAGE), head(AREA) }) {
			MvcResult result = this.mvc.perform(page).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getHandler()).as("no handler: the dispatcher servlet never ran").isNull();
		}
		for (String other : new String[] { AREA.toUpperCase(Locale.ROOT), PAGE + "no-such-area/" }) {
			MvcResult result = this.mvc.perform(get(other)).andReturn();
			assertThat(result.getResponse().getStatus()).isIn(301, 404);
			assertThat(result.getHandler()).hasToString(PageController.class.getName() + "#page(ServletWebRequest)");
		}
		assertThat(this.mvc.perform(post(PAGE)).andReturn().getResponse().getStatus()).isEqualTo(405);
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
