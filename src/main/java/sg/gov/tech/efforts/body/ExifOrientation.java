package sg.gov.tech.efforts.body;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one piece of a photo's EXIF block that changes how it looks: its orientation (a phone held sideways stores
 * its pixels turned and says so here). Everything else in the block is metadata the site does not pass on.
 */
public final class ExifOrientation {

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

	private static final int TAG = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * @param segment a JPEG APP1 segment's payload (after its length)
	 * @return the orientation, 1 to 8, when the segment is EXIF and has one
	 */
	public static Optional<Integer> of(byte[] segment) {
		if (segment.length < EXIF.length + 8 || !startsWithExif(segment)) {
			return Optional.empty();
		}
		try {
			ByteBuffer tiff = ByteBuffer.wrap(segment, EXIF.length, segment.length - EXIF.length).slice();
			tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int ifd = tiff.getInt(4);
			int entries = tiff.getShort(ifd) & 0xFFFF;
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + i * 12;
				if ((tiff.getShort(entry) & 0xFFFF) == TAG) {
					int value = tiff.getShort(entry + 8) & 0xFFFF;
					return (value >= 1 && value <= 8) ? Optional.of(value) : Optional.empty();
				}
			}
		}
		catch (IndexOutOfBoundsException ex) {
			// a truncated block says nothing
		}
		return Optional.empty();
	}

	/**
	 * The smallest EXIF block that keeps an orientation: one tag, nothing else.
	 * @param orientation 2 to 8
	 * @return the APP1 payload (without its marker and length)
	 */
	public static byte[] only(int orientation) {
		ByteBuffer block = ByteBuffer.allocate(EXIF.length + 8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
		block.put(EXIF).put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		block.putShort((short) 1).putShort((short) TAG).putShort((short) 3).putInt(1)
			.putShort((short) orientation).putShort((short) 0);
		block.putInt(0);
		return block.array();
	}

	private static boolean startsWithExif(byte[] segment) {
		for (int i = 0; i < EXIF.length; i++) {
			if (segment[i] != EXIF[i]) {
				return false;
			}
		}
		return true;
	}

}
