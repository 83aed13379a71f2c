package sg.gov.tech.efforts.site.connector;

import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;

/** Reads Tomcat's raw request bytes as the fast lane needs them, without its general (and slower) decoding. */
final class RawHeaders {

	private RawHeaders() {
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

	/** @return whether a header's name may be a precondition: all of them start with "If-" */
	static boolean startsWithI(MessageBytes name) {
		if (name.getType() != MessageBytes.T_BYTES) {
			return true;
		}
		ByteChunk chunk = name.getByteChunk();
		return chunk.getLength() > 0 && (chunk.getBytes()[chunk.getStart()] | 0x20) == 'i';
	}

}
