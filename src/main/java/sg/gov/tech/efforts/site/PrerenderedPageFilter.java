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

import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.http.HttpMethod;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

/**
 * Answers a GET or HEAD for a page's canonical path with its pre-rendered bytes before Spring MVC's dispatch, which
 * cost about a third of the server's time per page (docs/benchmarks.md), when the connector's fast lane
 * ({@link PageAdapter}) has left it or is off. Every other request goes on down the chain:
 * {@link PageController} redirects non-canonical paths and answers unknown ones with the 404 page.
 */
public final class PrerenderedPageFilter implements Filter {

	private final SiteContent content;

	private final PageRenderer renderer;

	private final ServedPages served;

	PrerenderedPageFilter(SiteContent content, PageRenderer renderer, ServedPages served) {
		this.content = content;
		this.renderer = renderer;
		this.served = served;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		Optional<RenderedPage> page = readsPages(request)
				? this.renderer.rendered(this.content.site()).page(path(request)) : Optional.empty();
		if (page.isPresent()) {
			PageResponses.page(page.get(), new ServletWebRequest(request, (HttpServletResponse) servletResponse));
			this.served.servedThroughServlet();
		}
		else {
			chain.doFilter(servletRequest, servletResponse);
		}
	}

	private static boolean readsPages(HttpServletRequest request) {
		String method = request.getMethod();
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
	}

	/** The request's path within the application, decoded (a page's URL may hold spaces or other characters). */
	public static String path(HttpServletRequest request) {
		String raw = request.getRequestURI().substring(request.getContextPath().length());
		return (raw.indexOf('%') < 0) ? raw : UriUtils.decode(raw, StandardCharsets.UTF_8);
	}

}
