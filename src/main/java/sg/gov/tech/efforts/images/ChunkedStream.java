package sg.gov.tech.efforts.images;

import java.io.IOException;
import java.io.InputStream;

/** A stream that hands on, one after another, the pieces a subclass makes of another stream, never holding more. */
abstract class ChunkedStream extends InputStream {

	private byte[] chunk = new byte[0];

	private int position;

	private boolean ended;

	/** @return the next piece to hand on, or {@code null} at the end */
	protected abstract byte[] next() throws IOException;

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (this.position == this.chunk.length) {
			if (this.ended) {
				return -1;
			}
			byte[] next = next();
			if (next == null) {
				this.ended = true;
				return -1;
			}
			this.chunk = next;
			this.position = 0;
		}
		int count = Math.min(length, this.chunk.length - this.position);
		System.arraycopy(this.chunk, this.position, buffer, offset, count);
		this.position += count;
		return count;
	}

}
