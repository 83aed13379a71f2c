package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.site.PageWriter;
import sg.gov.tech.efforts.site.view.ErrorPageModel;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error answers with an HTML page in the site's own chrome, whatever the client accepts: the pre-rendered 404
 * page (the site's own {@code /404.html}, else one with links to every page and section), {@code error/4xx} for
 * other client errors and {@code error/500} for server errors. Only the status reaches the template, never an exception, a message or a path.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

	private final CurrentSite content;

	private final PageWriter writer;

	private final Clock clock;

	ErrorPageController(CurrentSite content, PageWriter writer, Clock clock) {
		this.content = content;
		this.writer = writer;
		this.clock = clock;
	}

	/** @return the error page's view, or {@code null} when the pre-rendered 404 page has been written */
	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		if (status == HttpStatus.NOT_FOUND) {
			// a missing file gets the very page a missing page does: the site's own 404 page when it has one
			this.writer.writeNotFound(request, response);
			return null;
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			// the site is read-only: every page and file answers exactly these, whoever refused the method (TRACE
			// is refused by Tomcat itself, which would list every method the dispatcher servlet could route)
			response.setHeader(HttpHeaders.ALLOW, ALLOWED_METHODS);
		}
		return new ModelAndView(ErrorPageModel.view(status), ErrorPageModel.of(this.content.site(), status, this.clock),
				status);
	}

	/** The status of the failed request; a visit to the error path itself is a 404. */
	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(value);
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
