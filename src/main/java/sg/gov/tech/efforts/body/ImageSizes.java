package sg.gov.tech.efforts.body;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.source.ContentRoot;

/**
 * The pixel size of the content root's own images (any site path such as {@code /images/a.png}), read from the
 * file's header (PNG, GIF, JPEG) so pages can give every image its {@code width} and {@code height} and browsers
 * reserve its space. Each file is read once per instance.
 */
public final class ImageSizes {

	/** For pages rendered without a content root: no size is known. */
	public static final ImageSizes NONE = new ImageSizes(null);

	private final ContentRoot root;

	private final Map<String, Optional<Size>> known = new ConcurrentHashMap<>();

	private ImageSizes(ContentRoot root) {
		this.root = root;
	}

	public static ImageSizes in(ContentRoot root) {
		return new ImageSizes(root);
	}

	/**
	 * @param src an image's {@code src} as written
	 * @return its size, or empty for an external image, a missing file or a format this does not read
	 */
	Optional<Size> of(String src) {
		if (this.root == null || !src.startsWith("/") || src.startsWith("//")) {
			return Optional.empty();
		}
		try {
			String path = URI.create(src.replace(" ", "%20")).normalize().getPath();
			if (path == null || !path.startsWith("/") || path.contains("..")) {
				return Optional.empty();
			}
			return this.known.computeIfAbsent(path.substring(1), this::read);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Optional<Size> read(String name) {
		if (!this.root.exists(name)) {
			return Optional.empty();
		}
		try {
			return read(new DataInputStream(new ByteArrayInputStream(this.root.read(name))));
		}
		catch (IOException | ContentException ex) {
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
