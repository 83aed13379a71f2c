package sg.gov.tech.efforts.images;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import sg.gov.tech.efforts.body.ExifOrientation;

/**
 * A JPEG file as it is, less its metadata: every APPn segment but JFIF (APP0), the colour profile (APP2
 * {@code ICC_PROFILE}) and Adobe's colour transform (APP14) is dropped, and so are comments and whatever follows the
 * image (the extra pictures of the Multi-Picture Format, with EXIF of their own). The compressed pixels are copied
 * byte for byte; an EXIF orientation other than 1 stays, in an EXIF block of that one tag.
 */
final class JpegWithoutMetadata extends ChunkedStream {

	private static final int SOI = 0xD8;

	private static final int EOI = 0xD9;

	private static final int SOS = 0xDA;

	private static final int APP0 = 0xE0;

	private static final int APP1 = 0xE1;

	private static final int APP2 = 0xE2;

	private static final int APP14 = 0xEE;

	private static final int APP15 = 0xEF;

	private static final int COM = 0xFE;

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private boolean started;

	private boolean inScan;

	private boolean done;

	/** The orientation of the first EXIF block, written back once the header's segments are through. */
	private int orientation = 1;

	private boolean orientationWritten;

	/** A marker the scan ran into, read already. */
	private int pendingMarker = -1;

	JpegWithoutMetadata(InputStream in) {
		this.in = in;
	}

	/** @return the next byte, or -1 at the end of the file */
	private int read8() throws IOException {
		if (this.position == this.limit) {
			this.limit = Math.max(0, this.in.read(this.buffer));
			this.position = 0;
			if (this.limit == 0) {
				return -1;
			}
		}
		return this.buffer[this.position++] & 0xFF;
	}

	private int readByte() throws IOException {
		int b = read8();
		if (b < 0) {
			throw new EOFException("the JPEG file ends inside its header");
		}
		return b;
	}

	private int readShort() throws IOException {
		return (readByte() << 8) | readByte();
	}

	private byte[] readBytes(int length) throws IOException {
		byte[] bytes = new byte[length];
		for (int done = 0; done < length;) {
			if (this.position == this.limit && read8() >= 0) {
				this.position--;
			}
			int count = Math.min(length - done, this.limit - this.position);
			if (count <= 0) {
				throw new EOFException("the JPEG file ends inside a segment");
			}
			System.arraycopy(this.buffer, this.position, bytes, done, count);
			this.position += count;
			done += count;
		}
		return bytes;
	}

	@Override
	protected byte[] next() throws IOException {
		if (this.done) {
			return null;
		}
		if (!this.started) {
			this.started = true;
			if (readShort() != (0xFF00 | SOI)) {
				throw new IOException("not a JPEG file");
			}
			return new byte[] { (byte) 0xFF, (byte) SOI };
		}
		return this.inScan ? scan() : segment();
	}

	/** The next marker segment of the header: handed on, or an empty piece when it is dropped. */
	private byte[] segment() throws IOException {
		int marker = marker();
		if (marker == EOI) {
			this.done = true;
			return new byte[] { (byte) 0xFF, (byte) EOI };
		}
		if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
			return new byte[] { (byte) 0xFF, (byte) marker };
		}
		int length = readShort();
		if (length < 2) {
			throw new IOException("a JPEG segment of length " + length);
		}
		byte[] payload = readBytes(length - 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream(length + 40);
		if (marker == APP1 && this.orientation == 1 && !this.orientationWritten) {
			this.orientation = ExifOrientation.of(payload).orElse(1);
		}
		boolean metadata = (marker >= APP0 && marker <= APP15 && !kept(marker, payload)) || marker == COM;
		if (!metadata && !this.orientationWritten && !(marker == APP0 || marker == APP2 || marker == APP14)
				&& this.orientation != 1) {
			// the first segment after the header's own: the place for the one EXIF tag that changes the picture
			byte[] exif = ExifOrientation.only(this.orientation);
			out.write(0xFF);
			out.write(APP1);
			out.write((exif.length + 2) >> 8);
			out.write((exif.length + 2) & 0xFF);
			out.write(exif);
		}
		if (!metadata && !(marker == APP0 || marker == APP2 || marker == APP14)) {
			this.orientationWritten = true;
		}
		if (!metadata) {
			out.write(0xFF);
			out.write(marker);
			out.write(length >> 8);
			out.write(length & 0xFF);
			out.write(payload);
		}
		this.inScan = marker == SOS;
		return out.toByteArray();
	}

	/** Compressed data up to the next marker that is not a restart, which the next piece reads. */
	private byte[] scan() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.buffer.length + 2);
		while (out.size() < this.buffer.length) {
			if (this.position == this.limit && read8() >= 0) {
				this.position--;
			}
			if (this.position == this.limit) {
				// a file cut short: browsers show what there is, and so do we
				this.done = true;
				return out.toByteArray();
			}
			int start = this.position;
			while (this.position < this.limit && this.buffer[this.position] != (byte) 0xFF) {
				this.position++;
			}
			out.write(this.buffer, start, this.position - start);
			if (this.position == this.limit) {
				continue;
			}
			this.position++;
			int following = read8();
			while (following == 0xFF) {
				// fill bytes before a marker
				following = read8();
			}
			if (following < 0) {
				this.done = true;
				out.write(0xFF);
				return out.toByteArray();
			}
			if (following == 0x00 || (following >= 0xD0 && following <= 0xD7)) {
				out.write(0xFF);
				out.write(following);
				continue;
			}
			this.pendingMarker = following;
			this.inScan = false;
			return out.toByteArray();
		}
		return out.toByteArray();
	}

	private int marker() throws IOException {
		if (this.pendingMarker >= 0) {
			int marker = this.pendingMarker;
			this.pendingMarker = -1;
			return marker;
		}
		if (readByte() != 0xFF) {
			throw new IOException("no JPEG marker where one should be");
		}
		int marker;
		do {
			marker = readByte();
		}
		while (marker == 0xFF);
		return marker;
	}

	/** JFIF, the colour profile and Adobe's transform change how the pixels look: they stay. */
	private static boolean kept(int marker, byte[] payload) {
		return switch (marker) {
			case APP0 -> startsWith(payload, "JFIF");
			case APP2 -> startsWith(payload, "ICC_PROFILE");
			case APP14 -> startsWith(payload, "Adobe");
			default -> false;
		};
	}

	private static boolean startsWith(byte[] payload, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
		if (payload.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (payload[i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
