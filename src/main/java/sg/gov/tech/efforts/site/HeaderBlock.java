package sg.gov.tech.efforts.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.tomcat.util.http.MimeHeaders;

/**
 * A page's response headers serialised once into the bytes Tomcat would write for them, given to Tomcat as one
 * header whose value holds the rest, so a request adds, writes and recycles one header instead of a score. The 304
 * answer's headers come first, so it sends a prefix of the same bytes.
 */
public final class HeaderBlock {

	private static final byte[] LINE = ": ".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] NONE = {};

	private static final byte[] NEXT = "\r\n".getBytes(StandardCharsets.ISO_8859_1);

	private final byte[] name;

	private final byte[] rest;

	private final int notModifiedLength;

	/**
	 * @param notModified the headers of a 304 answer, at least one
	 * @param entity the headers a 200 answer sends besides those
	 */
	HeaderBlock(List<ResponseHeader> notModified, List<ResponseHeader> entity) {
		this.name = notModified.get(0).nameBytes();
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		out.writeBytes(notModified.get(0).valueBytes());
		for (ResponseHeader header : notModified.subList(1, notModified.size())) {
			line(out, header);
		}
		this.notModifiedLength = out.size();
		for (ResponseHeader header : entity) {
			line(out, header);
		}
		this.rest = out.toByteArray();
	}

	/**
	 * Adds the block for a 200 answer, or with {@code full} false the 304's prefix of it.
	 * @return the header's index, whose name and value refer to shared bytes: {@link #release} it once written
	 */
	public int addTo(MimeHeaders headers, boolean full) {
		return add(headers, this.name, this.rest, full ? this.rest.length : this.notModifiedLength);
	}

	/**
	 * Adds a header whose name and value refer to shared bytes.
	 * @return its index, to {@link #release} once written
	 */
	public static int add(MimeHeaders headers, ResponseHeader header) {
		return add(headers, header.nameBytes(), header.valueBytes(), header.valueBytes().length);
	}

	/**
	 * Makes a header let go of shared bytes. Tomcat recycles header fields but keeps their buffers, and a later
	 * response would write into the shared bytes (a Content-Length, say) if the field still held them.
	 * @param headers the response's headers
	 * @param index what {@link #addTo} or {@link #add} returned; negative for none
	 */
	public static void release(MimeHeaders headers, int index) {
		if (index >= 0 && index < headers.size()) {
			headers.getName(index).setBytes(NONE, 0, 0);
			headers.getValue(index).setBytes(NONE, 0, 0);
		}
	}

	private static int add(MimeHeaders headers, byte[] name, byte[] value, int length) {
		headers.addValue(name, 0, name.length).setBytes(value, 0, length);
		return headers.size() - 1;
	}

	/** @return what the block keeps in memory */
	int size() {
		return this.name.length + this.rest.length;
	}

	/** @return the block as Tomcat writes it, for tests */
	@Override
	public String toString() {
		return new String(this.name, StandardCharsets.ISO_8859_1) + ": "
				+ new String(this.rest, StandardCharsets.ISO_8859_1);
	}

	private static void line(ByteArrayOutputStream out, ResponseHeader header) {
		out.writeBytes(NEXT);
		out.writeBytes(header.nameBytes());
		out.writeBytes(LINE);
		out.writeBytes(header.valueBytes());
	}

}
