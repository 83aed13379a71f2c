package sg.gov.tech.efforts.site.connector;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.net.SocketEvent;

import sg.gov.tech.efforts.site.PageWriter;
import sg.gov.tech.efforts.site.ResponseHeader;

import org.springframework.http.HttpHeaders;

/**
 * The pages' fast lane: Tomcat's connector hands each parsed request here first, and a GET or HEAD of a canonical
 * page path is answered at once by {@link PageWriter}, from the page's pre-rendered bytes and its headers as
 * pre-encoded bytes ({@link CoyoteExchange}), skipping the servlet container's per-request work (URI mapping, valves,
 * filters, Spring MVC, recycling). Anything else, or any precondition it cannot decide as Spring would
 * ({@link Validators}), goes to Tomcat's own adapter, where the same writer, as a servlet filter, answers with the
 * same bytes and headers.
 * <p>
 * Every request on the public connector passes here, so here it is timed, by status, for operators' metrics; with
 * the fast lane off ({@code site.http.fast-lane=false}) every request goes to Tomcat's adapter, and is still timed.
 */
final class PageAdapter implements Adapter {

	private final Adapter container;

	private final PageWriter writer;

	private final ForwardedProtocol forwarded;

	private final String contextPath;

	private final LongAdder answered;

	private final boolean fastLane;

	private final RequestTimer timer;

	/** The {@code Date} header, encoded once a second rather than by Tomcat for every response. */
	private volatile Dated date = new Dated(-1, null);

	PageAdapter(Adapter container, PageWriter writer, ForwardedProtocol forwarded, String contextPath,
			LongAdder answered, boolean fastLane, RequestTimer timer) {
		this.container = container;
		this.writer = writer;
		this.forwarded = forwarded;
		this.contextPath = contextPath;
		this.answered = answered;
		this.fastLane = fastLane;
		this.timer = timer;
	}

	@Override
	public void service(Request request, Response response) throws Exception {
		long start = System.nanoTime();
		try {
			if (this.fastLane && answered(request, response)) {
				this.answered.increment();
			}
			else {
				this.container.service(request, response);
			}
		}
		finally {
			// both lanes have written the whole response by now (the site answers nothing asynchronously)
			this.timer.record(response.getStatus(), System.nanoTime() - start);
		}
	}

	private boolean answered(Request request, Response response) {
		// a request Tomcat could not parse arrives with its error status set, for the container to report
		if (response.getStatus() != 200 || request.requestURI().isNull()) {
			return false;
		}
		MessageBytes method = request.method();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return false;
		}
		String path = path(CoyoteExchange.text(request.requestURI()));
		if (path == null) {
			return false;
		}
		CoyoteExchange exchange = new CoyoteExchange(request, response, this.forwarded, date());
		try {
			if (!this.writer.write(path, exchange)) {
				return false;
			}
			// commits what has not been (headers alone, for a 304 or HEAD) and ends the response
			response.action(ActionCode.CLOSE, null);
		}
		catch (IOException ex) {
			// the client has gone: nothing more to write, and the connection is of no more use
			response.action(ActionCode.CLOSE_NOW, ex);
		}
		finally {
			// written by now (or never to be): the recycled fields must not keep the shared bytes
			exchange.release();
		}
		return true;
	}

	/** @return the {@code Date} header for this second */
	private ResponseHeader date() {
		long second = System.currentTimeMillis() / 1000;
		Dated dated = this.date;
		if (dated.second != second) {
			String now = FastHttpDateFormat.formatDate(second * 1000);
			dated = new Dated(second, ResponseHeader.of(HttpHeaders.DATE, now));
			this.date = dated;
		}
		return dated.header;
	}

	/**
	 * The page path a raw request URI names, or {@code null} for anything the container must look at first: another
	 * context, an escaped character (Tomcat rejects some, such as an encoded slash), a path parameter or a backslash.
	 */
	private String path(String uri) {
		if (!uri.startsWith(this.contextPath) || uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0
				|| uri.indexOf('\\') >= 0) {
			return null;
		}
		return uri.substring(this.contextPath.length());
	}

	@Override
	public boolean prepare(Request request, Response response) throws Exception {
		return this.container.prepare(request, response);
	}

	@Override
	public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
		return this.container.asyncDispatch(request, response, status);
	}

	@Override
	public void log(Request request, Response response, long time) {
		this.container.log(request, response, time);
	}

	@Override
	public void checkRecycled(Request request, Response response) {
		this.container.checkRecycled(request, response);
	}

	@Override
	public String getDomain() {
		return this.container.getDomain();
	}

	private record Dated(long second, ResponseHeader header) {
	}

}
