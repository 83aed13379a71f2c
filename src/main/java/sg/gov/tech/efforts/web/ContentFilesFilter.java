package sg.gov.tech.efforts.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.site.PageWriter;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Serves the files an Isomer repository keeps beside its pages ({@code /news/news-images/a.jpg},
 * {@code /resources/report.pdf}) at their paths, as Jekyll copies them: only files the loaded site lists, with the
 * same caching, ETags and gzip as {@code /images/} and {@code /files/}. Every other request goes on down the chain.
 */
final class ContentFilesFilter implements Filter {

	private final CurrentSite content;

	private final ResourceHttpRequestHandler files;

	ContentFilesFilter(CurrentSite content, ResourceHttpRequestHandler files) {
		this.content = content;
		this.files = files;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		String method = request.getMethod();
		if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)) {
			String path = PageWriter.path(request);
			if (this.content.site().hasFile(path) && !path.startsWith("/images/") && !path.startsWith("/files/")) {
				request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, path.substring(1));
				this.files.handleRequest(request, (HttpServletResponse) servletResponse);
				return;
			}
		}
		chain.doFilter(servletRequest, servletResponse);
	}

}
