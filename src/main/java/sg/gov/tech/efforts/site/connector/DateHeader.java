package sg.gov.tech.efforts.site.connector;

import org.apache.tomcat.util.http.FastHttpDateFormat;

import sg.gov.tech.efforts.site.ResponseHeader;

import org.springframework.http.HttpHeaders;

/**
 * The {@code Date} header for the fast lane, encoded once a second rather than by Tomcat for every response (which
 * converts its cached string to bytes each time).
 */
final class DateHeader {

	private volatile Stamped current = new Stamped(-1, null);

	/** @return the header for this second */
	ResponseHeader now() {
		long second = System.currentTimeMillis() / 1000;
		Stamped stamped = this.current;
		if (stamped.second != second) {
			stamped = new Stamped(second, ResponseHeader.of(HttpHeaders.DATE, FastHttpDateFormat.formatDate(second * 1000)));
			this.current = stamped;
		}
		return stamped.header;
	}

	private record Stamped(long second, ResponseHeader header) {
	}

}
