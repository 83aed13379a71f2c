package sg.gov.tech.efforts.images;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A PNG file as it is, less its metadata: its text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}), its EXIF
 * ({@code eXIf}), its time ({@code tIME}) and its content credentials ({@code caBX}) are dropped, and whatever follows
 * {@code IEND}. Every other chunk, the colour profile ({@code iCCP}) and animation included, is copied byte for byte.
 */
final class PngWithoutMetadata extends ChunkedStream {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME", "caBX");

	private static final int PIECE = 64 * 1024;

	private final DataInputStream in;

	private boolean started;

	private boolean done;

	/** Bytes of the current chunk (data and CRC) still to hand on. */
	private long remaining;

	PngWithoutMetadata(InputStream in) {
		this.in = new DataInputStream(in);
	}

	@Override
	protected byte[] next() throws IOException {
		if (!this.started) {
			this.started = true;
			byte[] signature = this.in.readNBytes(SIGNATURE.length);
			if (!Arrays.equals(signature, SIGNATURE)) {
				throw new IOException("not a PNG file");
			}
			return signature;
		}
		if (this.remaining > 0) {
			byte[] piece = this.in.readNBytes((int) Math.min(PIECE, this.remaining));
			if (piece.length == 0) {
				throw new EOFException("the PNG file ends inside a chunk");
			}
			this.remaining -= piece.length;
			return piece;
		}
		if (this.done) {
			return null;
		}
		byte[] header = this.in.readNBytes(8);
		if (header.length < 8) {
			throw new EOFException("the PNG file ends before IEND");
		}
		long length = ByteBuffer.wrap(header).getInt() & 0xFFFFFFFFL;
		String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
		if (METADATA.contains(type)) {
			this.in.skipNBytes(length + 4);
			return new byte[0];
		}
		this.done = type.equals("IEND");
		this.remaining = length + 4;
		return header;
	}

}
