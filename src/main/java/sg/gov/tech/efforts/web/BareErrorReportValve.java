package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import sg.gov.tech.efforts.site.SecurityHeaders;

import org.springframework.http.HttpStatus;

/**
 * Answers the errors Tomcat raises before the application sees the request (an invalid or unsafe URL, say) with a
 * plain page that names only the status, carries the security headers and reveals no server software or message.
 */
public class BareErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as Tomcat's own report: only errors, only once, only if nothing was written and the connection is usable
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		SecurityHeaders.setOnErrorReport(response);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html");
		response.setCharacterEncoding("UTF-8");
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response cannot take a body: nothing more to tell anyone
		}
	}

	static String page(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = status + " " + ((known != null) ? known.getReasonPhrase() : "Error");
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title></head><body><h1>" + title + "</h1><p>The address or request was not valid.</p>"
				+ "<p><a href=\"/\">Go to the home page</a></p></body></html>";
	}

}
