package sg.gov.tech.efforts.site.connector;

import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * What a GET or HEAD request's validators say of a page, decided from Tomcat's raw headers as Spring's
 * {@code ServletWebRequest.checkNotModified} decides it (If-None-Match first, else If-Modified-Since); whatever this
 * cannot decide as surely (If-Match, If-Unmodified-Since, {@code *}, a repeated or malformed header) is left to Spring.
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
			if (!RawHeaders.startsWithI(name)) {
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
				String value = RawHeaders.text(headers.getValue(i)).strip();
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
