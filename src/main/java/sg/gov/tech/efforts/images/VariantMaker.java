package sg.gov.tech.efforts.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

import sg.gov.tech.efforts.body.ImageSizes;
import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.model.ImageFile;

/**
 * Makes one smaller copy of an image: reads it (JPEG with TwelveMonkeys, so CMYK and damaged files too; PNG with the
 * JDK; WebP with libwebp), leaving out rows and columns when that is needed to stay within
 * {@link ImageVariants#DECODED_PIXELS}, halves it step by step with bilinear filtering down to the width asked for,
 * turns it as its EXIF orientation says, and writes it as WebP (libwebp) or in its own format, with no metadata.
 */
final class VariantMaker {

	private final ImageReaderSpi jpegReader;

	private final ImageReaderSpi webpReader = new WebPImageReaderSpi();

	private final WebPImageWriterSpi webpWriter = new WebPImageWriterSpi();

	private final float webpQuality;

	private final float jpegQuality;

	VariantMaker(float webpQuality, float jpegQuality) {
		this.webpQuality = webpQuality;
		this.jpegQuality = jpegQuality;
		// TwelveMonkeys' reader finds the JDK's, which it builds on, when it is registered
		ImageReaderSpi jpeg = new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi();
		IIORegistry.getDefaultInstance().registerServiceProvider(jpeg);
		this.jpegReader = jpeg;
		// ImageIO would otherwise buffer streams in temporary files
		ImageIO.setUseCache(false);
	}

	/**
	 * @param image what the site knows of the file
	 * @param source the file, from its start
	 * @param width the copy's width, one of those offered
	 * @param webp WebP rather than the file's own format
	 * @return the copy's bytes
	 * @throws IOException when the file cannot be read as the image it says it is
	 */
	byte[] make(ImageFile image, ImageInputStream source, int width, boolean webp) throws IOException {
		BufferedImage read = read(image, source, width);
		boolean turned = image.orientation() >= 5;
		int height = Math.max(1, (int) Math.round((double) width * image.height() / image.width()));
		BufferedImage scaled = scale(read, turned ? height : width, turned ? width : height);
		BufferedImage shown = orient(scaled, image.orientation());
		boolean palette = read.getColorModel() instanceof IndexColorModel;
		return webp ? webp(shown, palette) : own(shown, image.format());
	}

	private BufferedImage read(ImageFile image, ImageInputStream source, int width) throws IOException {
		ImageReader reader = switch (image.format()) {
			case "jpeg" -> this.jpegReader.createReaderInstance();
			case "webp" -> this.webpReader.createReaderInstance();
			default -> first(ImageIO.getImageReadersByFormatName(image.format()));
		};
		try {
			reader.setInput(source, true, true);
			int storedWidth = reader.getWidth(0);
			int storedHeight = reader.getHeight(0);
			if ((long) storedWidth * storedHeight > ImageSizes.MAX_PIXELS) {
				throw new IOException("its header says " + storedWidth + "x" + storedHeight);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = ImageVariants.subsampling(storedWidth, storedHeight,
					(image.orientation() >= 5) ? width * storedWidth / Math.max(1, image.width()) : width);
			if (step > 1 && reader.getOriginatingProvider() == this.webpReader) {
				// libwebp's reader reads whole pictures only: one too large for memory is not made smaller
				throw new IOException("a WebP image of " + storedWidth + "x" + storedHeight + " is too large to read");
			}
			param.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, param);
		}
		finally {
			reader.dispose();
		}
	}

	private static ImageReader first(Iterator<ImageReader> readers) throws IOException {
		if (!readers.hasNext()) {
			throw new IOException("no reader for its format");
		}
		return readers.next();
	}

	/** Halves the image, filtering each step, until the last step brings it to the size asked for. */
	static BufferedImage scale(BufferedImage source, int width, int height) {
		boolean alpha = source.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = source;
		int currentWidth = source.getWidth();
		int currentHeight = source.getHeight();
		do {
			int nextWidth = Math.max(width, currentWidth / 2);
			int nextHeight = (nextWidth == width) ? height : Math.max(height, currentHeight / 2);
			BufferedImage next = new BufferedImage(nextWidth, nextHeight, type);
			Graphics2D graphics = next.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(current, 0, 0, nextWidth, nextHeight, null);
			graphics.dispose();
			current = next;
			currentWidth = nextWidth;
			currentHeight = nextHeight;
		}
		while (currentWidth != width || currentHeight != height);
		return current;
	}

	/** Turns and flips the pixels as an EXIF orientation (2 to 8) says, since the copy carries no EXIF. */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		boolean turned = orientation >= 5;
		AffineTransform transform = new AffineTransform();
		switch (orientation) {
			case 2 -> transform.setTransform(-1, 0, 0, 1, width, 0);
			case 3 -> transform.setTransform(-1, 0, 0, -1, width, height);
			case 4 -> transform.setTransform(1, 0, 0, -1, 0, height);
			case 5 -> transform.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> transform.setTransform(0, 1, -1, 0, height, 0);
			case 7 -> transform.setTransform(0, -1, -1, 0, height, width);
			default -> transform.setTransform(0, -1, 1, 0, 0, width);
		}
		BufferedImage turnedImage = new BufferedImage(turned ? height : width, turned ? width : height,
				image.getType());
		Graphics2D graphics = turnedImage.createGraphics();
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return turnedImage;
	}

	private byte[] webp(BufferedImage image, boolean palette) throws IOException {
		ImageWriter writer = this.webpWriter.createWriterInstance();
		WebPWriteParam param = new WebPWriteParam(null);
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		// a picture of few colours (a logo, a chart) is smaller, and exact, without loss
		param.setCompressionType(palette ? "Lossless" : "Lossy");
		param.setCompressionQuality(palette ? 1.0f : this.webpQuality);
		return write(writer, image, param);
	}

	private byte[] own(BufferedImage image, String format) throws IOException {
		ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format.equals("jpeg") ? "jpeg" : "png"),
				format);
		ImageWriteParam param = writer.getDefaultWriteParam();
		if (format.equals("jpeg")) {
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(this.jpegQuality);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			if (param instanceof JPEGImageWriteParam jpeg) {
				jpeg.setOptimizeHuffmanTables(true);
			}
		}
		return write(writer, image, param);
	}

	private static ImageWriter first(Iterator<ImageWriter> writers, String format) throws IOException {
		if (!writers.hasNext()) {
			throw new IOException("no writer for " + format);
		}
		return writers.next();
	}

	private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			// no metadata is given, so none is written but what the format itself needs (JFIF's header)
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
