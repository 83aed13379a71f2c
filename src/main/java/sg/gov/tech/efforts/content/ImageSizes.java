package sg.gov.tech.efforts.content;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The pixel size of the content root's own images ({@code /images/...}), read from the file's header (PNG, GIF,
 * JPEG) so pages can give every image its {@code width} and {@code height} and browsers reserve its space.
 */
final class ImageSizes {

	/** For pages parsed without a content root: no size is known. */
	static final ImageSizes NONE = new ImageSizes(null, "");

	private static final String PREFIX = "/images/";

	private final ResourceLoader loader;

	private final String root;

	private ImageSizes(ResourceLoader loader, String root) {
		this.loader = loader;
		this.root = root;
	}

	static ImageSizes in(ResourceLoader loader, String root) {
		return new ImageSizes(loader, root);
	}

	/**
	 * @param src an image's {@code src} as written
	 * @return its size, or empty for an external image, a missing file or a format this does not read
	 */
	Optional<Size> of(String src) {
		try {
			String path = URI.create(src).normalize().getPath();
			if (this.loader == null || path == null || !src.startsWith(PREFIX) || !path.startsWith(PREFIX)) {
				return Optional.empty();
			}
			Resource image = this.loader.getResource(this.root + path.substring(1));
			if (!image.exists()) {
				return Optional.empty();
			}
			try (InputStream in = image.getInputStream()) {
				return read(new DataInputStream(in));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<Size> read(DataInputStream in) throws IOException {
		int first = in.readUnsignedShort();
		if (first == 0x8950) {
			in.skipNBytes(14); // rest of the signature, IHDR length and type
			return Optional.of(new Size(in.readInt(), in.readInt()));
		}
		if (first == 0x4749) {
			in.skipNBytes(4); // "F87a" or "F89a"
			return Optional.of(new Size(Short.reverseBytes(in.readShort()) & 0xFFFF,
					Short.reverseBytes(in.readShort()) & 0xFFFF));
		}
		return (first == 0xFFD8) ? jpeg(in) : Optional.empty();
	}

	/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
	private static Optional<Size> jpeg(DataInputStream in) throws IOException {
		try {
			while (true) {
				int marker = in.readUnsignedShort();
				int length = in.readUnsignedShort();
				boolean startOfFrame = marker >= 0xFFC0 && marker <= 0xFFCF && marker != 0xFFC4 && marker != 0xFFC8
						&& marker != 0xFFCC;
				if (startOfFrame) {
					in.skipNBytes(1); // sample precision
					int height = in.readUnsignedShort();
					return Optional.of(new Size(in.readUnsignedShort(), height));
				}
				in.skipNBytes(length - 2);
			}
		}
		catch (EOFException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An image's size in CSS pixels.
	 * @param width its width
	 * @param height its height
	 */
	record Size(int width, int height) {
	}

}
