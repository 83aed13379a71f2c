package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.Route;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * Serves every content page at its permalink and every section at {@code {permalink}{slug}/}, as rendered when the
 * content loaded; a path that differs from the canonical one only by a missing trailing slash or letter case is
 * redirected permanently, and any other path gets the pre-rendered 404 page. {@link PageWriter} answers canonical
 * paths before they get here; this controller still has it write a page that a reload made canonical in between.
 */
@Controller
class PageController {

	static final String SEARCH_PATH = "/search";

	private final CurrentSite content;

	private final PageWriter writer;

	PageController(CurrentSite content, PageWriter writer) {
		this.content = content;
		this.writer = writer;
	}

	@GetMapping("/")
	RedirectView home() {
		// temporary: "/" may become a home page of its own one day, so browsers must not cache the redirect
		return new RedirectView(this.content.site().settings().home(), true);
	}

	/** @return a redirect to the canonical path, or {@code null} when the page itself has been written */
	@GetMapping("/**")
	ModelAndView page(ServletWebRequest webRequest) throws IOException {
		if (this.writer.write(webRequest.getRequest(), webRequest.getResponse())) {
			return null;
		}
		String path = PageWriter.path(webRequest.getRequest());
		Route route = this.content.site().route(path);
		if (route instanceof Route.SearchRoute && route.path().equals(path)) {
			// an Isomer site's own search page: the site's search answers there
			return new ModelAndView("forward:" + SEARCH_PATH);
		}
		RedirectView canonical = new RedirectView(UriUtils.encodePath(route.path(), StandardCharsets.UTF_8), true);
		canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		canonical.setExposeModelAttributes(false);
		return new ModelAndView(canonical);
	}

	/** The same 404 page the error controller renders, written from bytes: unknown paths are the commonest error. */
	@ExceptionHandler(PageNotFoundException.class)
	void notFound(ServletWebRequest webRequest) throws IOException {
		this.writer.writeNotFound(webRequest.getRequest(), webRequest.getResponse());
	}

}
