package sg.gov.tech.efforts.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.PageNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A path with no page is a 404, rendered by the same error page as every other 404. */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(PageNotFoundException.class)
	void pageNotFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
