package sg.gov.tech.efforts.site.connector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

import sg.gov.tech.efforts.site.HeaderBlock;
import sg.gov.tech.efforts.site.PageWriter;
import sg.gov.tech.efforts.site.ResponseHeader;

/**
 * The fast lane's side of {@link PageWriter}: Tomcat's raw request read without its general (and slower) decoding,
 * and the page's pre-serialised headers added as headers whose name and value refer to shared bytes, which
 * {@link #release()} lets go of once the response is written.
 */
final class CoyoteExchange implements PageWriter.Exchange {

	private static final byte[] NONE = {};

	private final Request request;

	private final Response response;

	private final ForwardedProtocol forwarded;

	private final ResponseHeader date;

	/** The index of the first header added from shared bytes, and how many follow it (Tomcat adds its own later). */
	private int shared;

	private int count;

	/**
	 * @param date the {@code Date} header for this second: a header of its own, so Tomcat sees it and adds no other
	 */
	CoyoteExchange(Request request, Response response, ForwardedProtocol forwarded, ResponseHeader date) {
		this.request = request;
		this.response = response;
		this.forwarded = forwarded;
		this.date = date;
	}

	@Override
	public String acceptEncoding() {
		return text(this.request.getMimeHeaders().getValue("accept-encoding"));
	}

	@Override
	public boolean head() {
		return this.request.method().equals("HEAD");
	}

	@Override
	public boolean secure() {
		return this.forwarded.secure(this.request);
	}

	@Override
	public int validate(String etag, long lastModified) {
		return switch (Validators.of(this.request.getMimeHeaders(), etag, lastModified)) {
			case CURRENT -> 304;
			case CHANGED -> 200;
			case UNSURE -> 0;
		};
	}

	@Override
	public void headers(int status, HeaderBlock headers) {
		this.response.setStatus(status);
		add(headers.name(), headers.value(), headers.length(status));
		header(this.date);
	}

	@Override
	public void header(ResponseHeader header) {
		add(header.nameBytes(), header.valueBytes(), header.valueBytes().length);
	}

	@Override
	public void body(int length, byte[] body) throws IOException {
		this.response.setContentLength(length);
		if (body != null) {
			this.response.doWrite(ByteBuffer.wrap(body));
		}
	}

	private void add(byte[] name, byte[] value, int length) {
		MimeHeaders headers = this.response.getMimeHeaders();
		headers.addValue(name, 0, name.length).setBytes(value, 0, length);
		if (this.count++ == 0) {
			this.shared = headers.size() - 1;
		}
	}

	/**
	 * Makes the headers added here let go of shared bytes. Tomcat recycles header fields but keeps their buffers,
	 * and a later response would write into the shared bytes (a Content-Length, say) if a field still held them.
	 */
	void release() {
		MimeHeaders headers = this.response.getMimeHeaders();
		for (int i = this.shared; i < this.shared + this.count && i < headers.size(); i++) {
			headers.getName(i).setBytes(NONE, 0, 0);
			headers.getValue(i).setBytes(NONE, 0, 0);
		}
	}

	/**
	 * @param bytes a request line part or header value, or {@code null}
	 * @return its text, each byte one character (what HTTP allows in them is ASCII), or {@code null}
	 */
	static String text(MessageBytes bytes) {
		if (bytes == null) {
			return null;
		}
		if (bytes.getType() != MessageBytes.T_BYTES) {
			return bytes.toString();
		}
		ByteChunk chunk = bytes.getByteChunk();
		return new String(chunk.getBytes(), chunk.getStart(), chunk.getLength(), StandardCharsets.ISO_8859_1);
	}

}
