package sg.gov.tech.efforts.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The headers of a page's answers, by status, as name/value pairs for the servlet path and serialised once into the
 * bytes a connector writes for them, so the fast lane adds, writes and recycles one header instead of a score: the
 * first header's name, and a value that holds the first header's value and every other header's line. The 304
 * answer's headers come first, so it sends a prefix of the same bytes.
 */
public final class HeaderBlock {

	private static final byte[] LINE = ": ".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] NEXT = "\r\n".getBytes(StandardCharsets.ISO_8859_1);

	/** Every header, in order: those of every answer, the validators, the entity's. */
	private final List<ResponseHeader> headers;

	private final int common;

	private final int notModified;

	private final byte[] rest;

	private final int notModifiedLength;

	/**
	 * @param common the headers of every answer, at least one
	 * @param validators the headers a 200 or 304 answer adds to those
	 * @param entity the headers a 200 answer sends besides those
	 */
	HeaderBlock(List<ResponseHeader> common, List<ResponseHeader> validators, List<ResponseHeader> entity) {
		List<ResponseHeader> all = new ArrayList<>(common);
		all.addAll(validators);
		this.common = all.size() - validators.size();
		this.notModified = all.size();
		all.addAll(entity);
		this.headers = List.copyOf(all);
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		out.writeBytes(this.headers.get(0).valueBytes());
		int notModifiedLength = out.size();
		for (int i = 1; i < this.headers.size(); i++) {
			line(out, this.headers.get(i));
			if (i < this.notModified) {
				notModifiedLength = out.size();
			}
		}
		this.notModifiedLength = notModifiedLength;
		this.rest = out.toByteArray();
	}

	/**
	 * @param status the answer's status: 200 (or 404 for the 404 page) sends all, 304 all but the entity's headers,
	 * anything else (a 412, say) neither the validators nor the entity's
	 * @return the headers, in order
	 */
	public List<ResponseHeader> headers(int status) {
		return this.headers.subList(0, count(status));
	}

	/** @return the first header's name, shared: never to be modified */
	public byte[] name() {
		return this.headers.get(0).nameBytes();
	}

	/** @return the first header's value followed by every other header's line, shared: never to be modified */
	public byte[] value() {
		return this.rest;
	}

	/**
	 * @param status 200 (or 404) or 304, the only statuses the fast lane answers with
	 * @return how many bytes of {@link #value()} an answer with that status sends
	 */
	public int length(int status) {
		return (status == HttpStatus.NOT_MODIFIED.value()) ? this.notModifiedLength : this.rest.length;
	}

	private int count(int status) {
		if (status == HttpStatus.OK.value() || status == HttpStatus.NOT_FOUND.value()) {
			return this.headers.size();
		}
		return (status == HttpStatus.NOT_MODIFIED.value()) ? this.notModified : this.common;
	}

	/** @return what the block keeps in memory */
	int size() {
		return name().length + this.rest.length;
	}

	/** @return the block as a connector writes it, for tests */
	@Override
	public String toString() {
		return new String(name(), StandardCharsets.ISO_8859_1) + ": "
				+ new String(this.rest, StandardCharsets.ISO_8859_1);
	}

	private static void line(ByteArrayOutputStream out, ResponseHeader header) {
		out.writeBytes(NEXT);
		out.writeBytes(header.nameBytes());
		out.writeBytes(LINE);
		out.writeBytes(header.valueBytes());
	}

}
