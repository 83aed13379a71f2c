package sg.gov.tech.efforts.site;

import java.nio.charset.StandardCharsets;

/**
 * One response header, its name and value also encoded once as the bytes on the wire, so the pages' fast lane
 * ({@code site.connector}) writes them without converting a character per request; the servlet path sets the strings.
 */
public final class ResponseHeader {

	private final String name;

	private final String value;

	private final byte[] nameBytes;

	private final byte[] valueBytes;

	private ResponseHeader(String name, String value) {
		this.name = name;
		this.value = value;
		// header values here are ASCII: policies, dates, hashes, durations
		this.nameBytes = name.getBytes(StandardCharsets.ISO_8859_1);
		this.valueBytes = value.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static ResponseHeader of(String name, String value) {
		return new ResponseHeader(name, value);
	}

	public String name() {
		return this.name;
	}

	public String value() {
		return this.value;
	}

	/** @return the name's bytes, shared: never to be modified */
	public byte[] nameBytes() {
		return this.nameBytes;
	}

	/** @return the value's bytes, shared: never to be modified */
	public byte[] valueBytes() {
		return this.valueBytes;
	}

	/** @return roughly what the header keeps in memory */
	int size() {
		return this.nameBytes.length + this.valueBytes.length;
	}

	@Override
	public String toString() {
		return this.name + ": " + this.value;
	}

}
