package sg.gov.tech.efforts.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Writes a pre-rendered page: gzip when the client takes it, validators for cheap revalidation, no body for HEAD.
 * Pages may change at any reload, so caches keep them but check every time ({@code no-cache}): a 304 costs a few
 * hundred bytes and an editor's change shows at once.
 */
final class PageResponses {

	static final String CACHE_CONTROL = "no-cache";

	private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	private PageResponses() {
	}

	/** A page with 200, or 304 when the client's copy (If-None-Match, else If-Modified-Since) is current. */
	static void page(RenderedPage page, ServletWebRequest webRequest) throws IOException {
		boolean gzip = headers(page, webRequest);
		if (!webRequest.checkNotModified(page.etag(gzip), page.lastModified())) {
			body(page, gzip, webRequest);
		}
	}

	/** The 404 page, which has no validators: nothing to revalidate. */
	static void notFound(RenderedPage page, ServletWebRequest webRequest) throws IOException {
		boolean gzip = headers(page, webRequest);
		webRequest.getResponse().setStatus(HttpStatus.NOT_FOUND.value());
		body(page, gzip, webRequest);
	}

	private static boolean headers(RenderedPage page, ServletWebRequest webRequest) {
		HttpServletResponse response = webRequest.getResponse();
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		if (page.contentSecurityPolicy() != null) {
			response.setHeader(CONTENT_SECURITY_POLICY, page.contentSecurityPolicy());
		}
		return AcceptEncoding.allowsGzip(webRequest.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	private static void body(RenderedPage page, boolean gzip, ServletWebRequest webRequest) throws IOException {
		HttpServletRequest request = webRequest.getRequest();
		HttpServletResponse response = webRequest.getResponse();
		byte[] body = page.body(gzip);
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!HttpMethod.HEAD.matches(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
