package sg.gov.tech.efforts.body;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Images made by the tests: real photos and graphics of a chosen size, with or without metadata. */
public final class TestImages {

	/** Where the test photo was "taken": Singapore's Padang. */
	public static final double LATITUDE = 1.2905;

	public static final double LONGITUDE = 103.8520;

	private TestImages() {
	}

	/** @return a picture of a gradient and a few shapes, so its copies can be told apart from a blank */
	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), width, height, new Color(0xf2c14e)));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	/**
	 * @return a JPEG photo with EXIF as a phone writes it: the camera, the time and a GPS position, and the
	 * orientation given
	 */
	public static byte[] jpegWithGps(int width, int height, int orientation) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Test Phone");
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			exif.setGpsInDegrees(LONGITUDE, LATITUDE);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A PNG with metadata chunks before its pixels: a text comment, an international text (as XMP travels in PNG),
	 * EXIF, and a colour profile.
	 */
	public static byte[] pngWithMetadata(int width, int height, byte[] iccProfile) {
		byte[] plain = png(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 33); // the signature and IHDR
		chunk(out, "iCCP", concat("sRGB\0\0".getBytes(StandardCharsets.ISO_8859_1), deflate(iccProfile)));
		chunk(out, "tEXt", "Comment\0taken at the Padang".getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPS 1.29 103.85</x:xmpmeta>"
			.getBytes(StandardCharsets.UTF_8));
		chunk(out, "eXIf", "MM\0*\0\0\0\b\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.write(plain, 33, plain.length - 33);
		return out.toByteArray();
	}

	/**
	 * A PNG of that many pixels that takes little space: its header says the size, its rows are all one colour,
	 * written a row at a time so the test never holds the picture.
	 */
	public static byte[] hugePng(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		try {
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 8, 0, 0, 0, 0 }); // 8-bit grey
			chunk(out, "IHDR", header.toByteArray());
			ByteArrayOutputStream pixels = new ByteArrayOutputStream();
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
				byte[] row = new byte[width + 1];
				for (int y = 0; y < height; y++) {
					deflate.write(row);
				}
			}
			chunk(out, "IDAT", pixels.toByteArray());
			chunk(out, "IEND", new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(new byte[] { (byte) (data.length >>> 24), (byte) (data.length >>> 16),
				(byte) (data.length >>> 8), (byte) data.length });
		out.writeBytes(name);
		out.writeBytes(data);
		long value = crc.getValue();
		out.writeBytes(new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value });
	}

	private static byte[] deflate(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
			deflate.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG whose header is whole, so its size can be read, and whose pixels after the start of the scan are noise,
	 * so it cannot be decoded.
	 */
	public static byte[] jpegWithNoisyPixels(int width, int height) {
		byte[] bad = jpeg(width, height);
		int scan = indexOf(bad, new byte[] { (byte) 0xFF, (byte) 0xDA });
		if (scan < 0) {
			throw new IllegalArgumentException("no Start Of Scan in the JPEG");
		}
		for (int i = scan + 20; i < bad.length - 2; i++) {
			bad[i] = (byte) ((i % 7 == 0) ? 0xFF : i);
		}
		return bad;
	}

	/** @return where a run of bytes first stands in others, or -1 */
	public static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
