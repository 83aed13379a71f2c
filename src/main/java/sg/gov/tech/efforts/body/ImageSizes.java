package sg.gov.tech.efforts.body;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Digests;
import sg.gov.tech.efforts.model.ImageCatalog;
import sg.gov.tech.efforts.model.ImageFile;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.FileCache;

/**
 * The content root's own raster images (any site path such as {@code /images/a.png}): their size, read from the
 * file's header (PNG, GIF, JPEG with its EXIF orientation, WebP), and a hash of their bytes that names their smaller
 * copies. Each file is read once per instance, a part at a time, so a huge file never sits in memory whole.
 */
public final class ImageSizes implements ImageCatalog {

	/** For pages rendered without a content root: no size is known. */
	public static final ImageSizes NONE = new ImageSizes(null, "");

	/** Images larger than this are served as they are: no copies are made of them. */
	public static final long MAX_BYTES = 30L * 1024 * 1024;

	/** Images of more pixels than this are served as they are. */
	public static final long MAX_PIXELS = 40_000_000L;

	private static final int HEADER_BYTES = 512 * 1024;

	private static final Map<String, String> FORMATS = Map.of("jpg", "jpeg", "jpeg", "jpeg", "jpe", "jpeg", "png",
			"png", "gif", "gif", "webp", "webp");

	private final ContentRoot root;

	/** The files' stamps, which tell two catalogues of unchanged files equal; empty: equal only to itself. */
	private final String digest;

	private final Map<String, Optional<ImageFile>> known = new ConcurrentHashMap<>();

	private ImageSizes(ContentRoot root, String digest) {
		this.root = root;
		this.digest = digest;
	}

	public static ImageSizes in(ContentRoot root) {
		return new ImageSizes(root, "");
	}

	/**
	 * A catalogue equal to any other of the same root whose images have the same stamps.
	 * @param root the content root
	 * @param names its files, as {@link ContentRoot#files()} lists them
	 */
	public static ImageSizes in(ContentRoot root, List<String> names) {
		return new ImageSizes(root, digest(root, names));
	}

	/**
	 * @param root a content root
	 * @param names its files
	 * @return a digest of its raster images' names and stamps, which changes whenever one of them does
	 */
	public static String digest(ContentRoot root, List<String> names) {
		return FileCache.digestOf(() -> names.stream()
			.filter((name) -> formatOf(name).isPresent())
			.map((name) -> name + "@" + root.stamp(name))
			.collect(Collectors.joining("\n")));
	}

	/**
	 * @param src an image's {@code src} as written
	 * @return the file, or empty for an external image, a missing file or a format this does not read
	 */
	@Override
	public Optional<ImageFile> find(String src) {
		if (this.root == null || !src.startsWith("/") || src.startsWith("//")) {
			return Optional.empty();
		}
		try {
			String path = URI.create(src.strip().replace(" ", "%20")).normalize().getPath();
			if (path == null || !path.startsWith("/") || path.contains("..") || formatOf(path).isEmpty()) {
				return Optional.empty();
			}
			return this.known.computeIfAbsent(path, this::read);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** @return the format a file's extension names: {@code jpeg}, {@code png}, {@code gif} or {@code webp} */
	public static Optional<String> formatOf(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? Optional.empty()
				: Optional.ofNullable(FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}

	private Optional<ImageFile> read(String path) {
		String name = path.substring(1);
		if (!this.root.exists(name)) {
			return Optional.empty();
		}
		try (InputStream in = this.root.open(name)) {
			MessageDigest sha = Digests.sha256();
			byte[] head = in.readNBytes(HEADER_BYTES);
			sha.update(head);
			long length = head.length;
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read > 0 && length <= MAX_BYTES; read = in.read(buffer)) {
				sha.update(buffer, 0, read);
				length += read;
			}
			Optional<Header> header = read(new DataInputStream(new ByteArrayInputStream(head)));
			String named = formatOf(name).orElseThrow();
			if (header.isEmpty()) {
				return Optional.of(new ImageFile(path, named, 0, 0, 1, "", "cannot be read as an image"));
			}
			Header found = header.get();
			String problem = "";
			if (!found.format().equals(named)) {
				problem = "is a " + found.format().toUpperCase(Locale.ROOT) + " image named as a "
						+ named.toUpperCase(Locale.ROOT) + " one";
			}
			else if (length > MAX_BYTES) {
				problem = "is larger than " + (MAX_BYTES >> 20) + " MB";
			}
			else if ((long) found.width() * found.height() > MAX_PIXELS) {
				problem = "has " + ((long) found.width() * found.height() / 1_000_000) + " megapixels, more than "
						+ (MAX_PIXELS / 1_000_000);
			}
			else if (found.width() <= 0 || found.height() <= 0) {
				problem = "has no pixels";
			}
			String version = (length > MAX_BYTES) ? "" : HexFormat.of().formatHex(sha.digest(), 0, 8);
			boolean turned = found.orientation() >= 5;
			return Optional.of(new ImageFile(path, found.format(), turned ? found.height() : found.width(),
					turned ? found.width() : found.height(), found.orientation(), version, problem));
		}
		catch (IOException | ContentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What a file's first bytes say it is.
	 * @param format {@code jpeg}, {@code png}, {@code gif} or {@code webp}
	 * @param width its stored width
	 * @param height its stored height
	 * @param orientation its EXIF orientation, 1 when it has none
	 */
	record Header(String format, int width, int height, int orientation) {
	}

	static Optional<Header> read(DataInputStream in) throws IOException {
		try {
			int first = in.readUnsignedShort();
			if (first == 0x8950) {
				in.skipNBytes(14); // rest of the signature, IHDR length and type
				return Optional.of(new Header("png", in.readInt(), in.readInt(), 1));
			}
			if (first == 0x4749) {
				in.skipNBytes(4); // "F87a" or "F89a"
				return Optional.of(new Header("gif", Short.reverseBytes(in.readShort()) & 0xFFFF,
						Short.reverseBytes(in.readShort()) & 0xFFFF, 1));
			}
			if (first == 0x5249) {
				return webp(in);
			}
			return (first == 0xFFD8) ? jpeg(in) : Optional.empty();
		}
		catch (EOFException ex) {
			return Optional.empty();
		}
	}

	/** Walks the JPEG markers to the first start-of-frame, which holds the size, noting the EXIF orientation. */
	private static Optional<Header> jpeg(DataInputStream in) throws IOException {
		int orientation = 1;
		while (true) {
			int marker = in.readUnsignedShort();
			int length = in.readUnsignedShort();
			boolean startOfFrame = marker >= 0xFFC0 && marker <= 0xFFCF && marker != 0xFFC4 && marker != 0xFFC8
					&& marker != 0xFFCC;
			if (startOfFrame) {
				in.skipNBytes(1); // sample precision
				int height = in.readUnsignedShort();
				return Optional.of(new Header("jpeg", in.readUnsignedShort(), height, orientation));
			}
			if (marker == 0xFFE1 && length > 2) {
				byte[] segment = in.readNBytes(length - 2);
				orientation = ExifOrientation.of(segment).orElse(orientation);
				continue;
			}
			in.skipNBytes(length - 2);
		}
	}

	/** A RIFF WebP file: lossy (VP8), lossless (VP8L) or extended (VP8X) holds its size in its first chunk. */
	private static Optional<Header> webp(DataInputStream in) throws IOException {
		byte[] riff = in.readNBytes(14); // "FF", size, "WEBP", chunk type
		String fourCc = new String(riff, 6, 4, StandardCharsets.US_ASCII);
		String chunk = new String(riff, 10, 4, StandardCharsets.US_ASCII);
		if (!fourCc.equals("WEBP")) {
			return Optional.empty();
		}
		in.skipNBytes(4); // chunk size
		byte[] data = in.readNBytes(10);
		return switch (chunk) {
			case "VP8 " -> Optional.of(new Header("webp", little(data, 6, 2) & 0x3FFF, little(data, 8, 2) & 0x3FFF, 1));
			case "VP8L" -> {
				int bits = little(data, 1, 4);
				yield Optional.of(new Header("webp", (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1, 1));
			}
			case "VP8X" -> Optional.of(new Header("webp", little(data, 4, 3) + 1, little(data, 7, 3) + 1, 1));
			default -> Optional.empty();
		};
	}

	private static int little(byte[] bytes, int offset, int length) {
		int value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[offset + i] & 0xFF);
		}
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof ImageSizes sizes && !this.digest.isEmpty()
				&& this.digest.equals(sizes.digest) && this.root != null && sizes.root != null
				&& this.root.location().equals(sizes.root.location()));
	}

	@Override
	public int hashCode() {
		return this.digest.isEmpty() ? System.identityHashCode(this) : this.digest.hashCode();
	}

}
