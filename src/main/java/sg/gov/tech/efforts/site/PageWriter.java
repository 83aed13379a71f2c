package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

/**
 * Answers a GET or HEAD of a page's canonical path with its pre-rendered bytes, whichever lane the request came by:
 * gzip when the client takes it, 304 when its copy is current, no body for HEAD, the headers the page was rendered
 * with ({@link PageResponseHeaders}) and HSTS on HTTPS. The connector's fast lane
 * ({@code site.connector.PageAdapter}) calls it with Tomcat's raw request; as a servlet filter it answers the same
 * requests before Spring MVC's dispatch, which cost about a third of the server's time per page
 * (docs/benchmarks.md), when that lane has handed them on or is off.
 * Every other request goes on down the chain, where {@link PageController} redirects non-canonical paths and answers
 * unknown ones with the 404 page, also written here.
 */
@Component
public class PageWriter implements Filter {

	/** One lane's request and response, as the writer reads and writes them. */
	public interface Exchange {

		/** @return the request's {@code Accept-Encoding}, or {@code null} */
		String acceptEncoding();

		boolean head();

		/** @return whether the request came over HTTPS */
		boolean secure();

		/**
		 * Reads the request's validators as Spring's {@code ServletWebRequest.checkNotModified} does.
		 * @param etag the page's strong ETag, quoted
		 * @param lastModified when it last changed, in epoch milliseconds; 0 for never
		 * @return the status they call for (200, 304, or 412 for a failed If-Match), or 0 when this lane cannot tell
		 * it as surely as Spring: then nothing has been written
		 */
		int validate(String etag, long lastModified);

		/** Sets the status and the headers of a page's answer with that status. */
		void headers(int status, HeaderBlock headers);

		void header(ResponseHeader header);

		/** Sets the length of the body, and writes it unless {@code body} is {@code null} (a HEAD). */
		void body(int length, byte[] body) throws IOException;

	}

	private final CurrentSite content;

	private final PageRenderer renderer;

	private final SecurityHeaders security;

	private final ServedPages served;

	PageWriter(CurrentSite content, PageRenderer renderer, SecurityHeaders security, ServedPages served) {
		this.content = content;
		this.renderer = renderer;
		this.security = security;
		this.served = served;
	}

	/**
	 * Writes the page at a canonical path with 200, or 304 when the client's copy (If-None-Match, else
	 * If-Modified-Since) is current.
	 * @param path the request's path within the application, decoded
	 * @param exchange the request and its response
	 * @return whether the page was written; {@code false} when no page has that path or the lane cannot read the
	 * request's validators, and nothing has been written
	 */
	public boolean write(String path, Exchange exchange) throws IOException {
		Optional<RenderedPage> found = this.renderer.rendered(this.content.site()).page(path);
		if (found.isEmpty()) {
			return false;
		}
		RenderedPage page = found.get();
		boolean gzip = allowsGzip(exchange.acceptEncoding());
		int status = exchange.validate(page.etag(gzip).value(), page.lastModified());
		if (status == 0) {
			return false;
		}
		write(page, gzip, status, exchange);
		return true;
	}

	/** Writes the 404 page, the site's own when it has one: unknown paths are the commonest error. */
	public void writeNotFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Exchange exchange = new ServletExchange(request, response);
		write(this.renderer.rendered(this.content.site()).notFound(), allowsGzip(exchange.acceptEncoding()),
				HttpStatus.NOT_FOUND.value(), exchange);
	}

	private void write(RenderedPage page, boolean gzip, int status, Exchange exchange) throws IOException {
		exchange.headers(status, page.block(gzip));
		if (exchange.secure()) {
			exchange.header(this.security.strictTransportSecurity());
		}
		if (status == HttpStatus.OK.value() || status == HttpStatus.NOT_FOUND.value()) {
			byte[] body = page.body(gzip);
			exchange.body(body.length, exchange.head() ? null : body);
		}
	}

	/** The servlet lane: a GET or HEAD of a page's canonical path is answered here, anything else goes on. */
	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		String method = request.getMethod();
		if ((HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
				&& write(path(request), new ServletExchange(request, (HttpServletResponse) servletResponse))) {
			this.served.servedThroughServlet();
		}
		else {
			chain.doFilter(servletRequest, servletResponse);
		}
	}

	/** Writes a page from within Spring MVC, for a page that a reload made canonical after the filter looked. */
	boolean write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return write(path(request), new ServletExchange(request, response));
	}

	/** The request's path within the application, decoded (a page's URL may hold spaces or other characters). */
	public static String path(HttpServletRequest request) {
		String raw = request.getRequestURI().substring(request.getContextPath().length());
		return (raw.indexOf('%') < 0) ? raw : UriUtils.decode(raw, StandardCharsets.UTF_8);
	}

	/**
	 * Whether a client takes gzip: it lists {@code gzip} (or {@code x-gzip}, or {@code *}) with a non-zero weight,
	 * read without building any collection per request.
	 * @param header the {@code Accept-Encoding} header's value, or {@code null} when absent
	 * @return {@code true} when a gzip body may be sent
	 */
	static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			int semicolon = coding.indexOf(';');
			String name = ((semicolon < 0) ? coding : coding.substring(0, semicolon)).strip();
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip") || name.equals("*")) {
				return semicolon < 0 || !isZeroWeight(coding.substring(semicolon + 1));
			}
		}
		return false;
	}

	private static boolean isZeroWeight(String parameters) {
		for (String parameter : parameters.split(";")) {
			String[] pair = parameter.split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
				return pair[1].strip().matches("0(\\.0{0,3})?");
			}
		}
		return false;
	}

	/**
	 * The servlet lane: HTTPS as Tomcat's {@code RemoteIpValve} decided it, the validators as Spring reads them (which
	 * sets a 304 or 412 itself), the headers as strings.
	 */
	private record ServletExchange(HttpServletRequest request, HttpServletResponse response) implements Exchange {

		@Override
		public String acceptEncoding() {
			return this.request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		}

		@Override
		public boolean head() {
			return HttpMethod.HEAD.matches(this.request.getMethod());
		}

		@Override
		public boolean secure() {
			return this.request.isSecure();
		}

		@Override
		public int validate(String etag, long lastModified) {
			return new ServletWebRequest(this.request, this.response).checkNotModified(etag, lastModified)
					? this.response.getStatus() : HttpStatus.OK.value();
		}

		@Override
		public void headers(int status, HeaderBlock headers) {
			this.response.setStatus(status);
			headers.headers(status).forEach(this::header);
		}

		@Override
		public void header(ResponseHeader header) {
			this.response.setHeader(header.name(), header.value());
		}

		@Override
		public void body(int length, byte[] body) throws IOException {
			this.response.setContentLength(length);
			if (body != null) {
				this.response.getOutputStream().write(body);
			}
		}

	}

}
