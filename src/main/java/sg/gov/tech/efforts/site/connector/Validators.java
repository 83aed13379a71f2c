package sg.gov.tech.efforts.site.connector;

import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * What a GET or HEAD request's validators say of a page, decided from Tomcat's raw headers as Spring's
 * {@code ServletWebRequest.checkNotModified} decides it (If-None-Match first, else If-Modified-Since); whatever this
 * cannot decide as surely (If-Match, If-Unmodified-Since, {@code *}, a repeated or malformed header) is left to Spring.
 * Spring's own check needs a servlet request, which the connector's adapter answers before Tomcat has made one.
 */
enum Validators {

	/** The client's copy is current: 304. */
	CURRENT,

	/** The client has no copy, or an old one: 200. */
	CHANGED,

	/** Spring decides. */
	UNSURE;

	static Validators of(MimeHeaders headers, String etag, long lastModified) {
		String ifNoneMatch = null;
		String ifModifiedSince = null;
		// one pass over the request's headers, skipping at the first byte those that cannot be preconditions
		for (int i = 0; i < headers.size(); i++) {
			MessageBytes name = headers.getName(i);
			if (!startsWithI(name)) {
				continue;
			}
			if (name.equalsIgnoreCase("if-match") || name.equalsIgnoreCase("if-unmodified-since")) {
				return UNSURE;
			}
			boolean noneMatch = name.equalsIgnoreCase("if-none-match");
			if (noneMatch || name.equalsIgnoreCase("if-modified-since")) {
				if ((noneMatch ? ifNoneMatch : ifModifiedSince) != null) {
					// repeated: Spring reads every copy
					return UNSURE;
				}
				String value = CoyoteExchange.text(headers.getValue(i)).strip();
				if (value.isEmpty()) {
					return UNSURE;
				}
				if (noneMatch) {
					ifNoneMatch = value;
				}
				else {
					ifModifiedSince = value;
				}
			}
		}
		if (ifNoneMatch != null) {
			return matching(ifNoneMatch, etag);
		}
		if (ifModifiedSince == null) {
			return CHANGED;
		}
		long since = FastHttpDateFormat.parseDate(ifModifiedSince);
		if (since == -1) {
			return UNSURE;
		}
		return (since >= lastModified) ? CURRENT : CHANGED;
	}

	/** @return whether a header's name may be a precondition: all of them start with "If-" */
	private static boolean startsWithI(MessageBytes name) {
		if (name.getType() != MessageBytes.T_BYTES) {
			return true;
		}
		ByteChunk chunk = name.getByteChunk();
		return chunk.getLength() > 0 && (chunk.getBytes()[chunk.getStart()] | 0x20) == 'i';
	}

	/** Weak comparison, as for If-None-Match: {@code W/"x"} matches {@code "x"}; {@code *} is Spring's to read. */
	private static Validators matching(String header, String etag) {
		for (String candidate : header.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*")) {
				// RFC 9110 says 304; Spring answers 200, and both lanes must answer alike
				return UNSURE;
			}
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.length() < 2 || tag.charAt(0) != '"' || tag.indexOf('"', 1) != tag.length() - 1) {
				return UNSURE;
			}
			if (tag.equals(etag)) {
				return CURRENT;
			}
		}
		return CHANGED;
	}

}
