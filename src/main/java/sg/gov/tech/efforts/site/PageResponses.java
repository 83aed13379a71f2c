package sg.gov.tech.efforts.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Writes a pre-rendered page through the servlet API: gzip when the client takes it, validators for cheap
 * revalidation, no body for HEAD, and the headers the page was rendered with ({@link PageHeaders}). {@link PageAdapter}
 * answers the same requests with the same bytes ahead of the servlet layer; this is the path for what it leaves.
 */
public final class PageResponses {

	private PageResponses() {
	}

	/** A page with 200, or 304 when the client's copy (If-None-Match, else If-Modified-Since) is current. */
	static void page(RenderedPage page, ServletWebRequest webRequest) throws IOException {
		boolean gzip = headers(page, webRequest);
		if (!webRequest.checkNotModified(page.etag(gzip).value(), page.lastModified())) {
			body(page, gzip, webRequest);
		}
	}

	/** The 404 page, which has no validators: nothing to revalidate. */
	public static void notFound(RenderedPage page, ServletWebRequest webRequest) throws IOException {
		boolean gzip = headers(page, webRequest);
		webRequest.getResponse().setStatus(HttpStatus.NOT_FOUND.value());
		body(page, gzip, webRequest);
	}

	private static boolean headers(RenderedPage page, ServletWebRequest webRequest) {
		HttpServletResponse response = webRequest.getResponse();
		for (ResponseHeader header : page.headers()) {
			response.setHeader(header.name(), header.value());
		}
		return AcceptEncoding.allowsGzip(webRequest.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	private static void body(RenderedPage page, boolean gzip, ServletWebRequest webRequest) throws IOException {
		HttpServletRequest request = webRequest.getRequest();
		HttpServletResponse response = webRequest.getResponse();
		byte[] body = page.body(gzip);
		response.setContentType(page.contentType().value());
		if (gzip) {
			response.setHeader(PageHeaders.GZIP.name(), PageHeaders.GZIP.value());
		}
		response.setContentLength(body.length);
		if (!HttpMethod.HEAD.matches(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
