package sg.gov.tech.efforts.body;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.model.ImageFile;

/**
 * The smaller copies the site offers of each of its raster images, and their addresses: a few widths, never wider
 * than the file nor than what can be made within {@link #DECODED_PIXELS}, each in the file's own format and in WebP.
 * An address names the hash of the file's bytes, so what it serves never changes and may be cached for a year:
 * {@code /assets/images/3fa2c1d0e5b6a7c8/640/images/banner.jpg} (JPEG), {@code ….jpg.webp} (WebP).
 */
public final class ImageVariants {

	/** The widths offered, in pixels: a phone, a phone at 2x, a tablet, a laptop, a large screen. */
	public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1920);

	/** Where the copies are served. */
	public static final String PREFIX = "/assets/images/";

	/** The most pixels a copy is made from: a larger image is read at a half, a third... of its size. */
	public static final long DECODED_PIXELS = 6_000_000L;

	private static final String WEBP = ".webp";

	private static final Pattern ADDRESS = Pattern.compile("([0-9a-f]{16})/([1-9][0-9]{0,4})(/.+)");

	private ImageVariants() {
	}

	/** @return the widths offered of an image, smallest first; none when no copies are made of it */
	public static List<Integer> widths(ImageFile image) {
		if (!image.resizable()) {
			return List.of();
		}
		int largest = Math.min(Math.min(image.width(), WIDTHS.get(WIDTHS.size() - 1)),
				image.width() / subsampling(image.width(), image.height(), 0));
		List<Integer> widths = new ArrayList<>();
		WIDTHS.stream().filter((width) -> width < largest).forEach(widths::add);
		widths.add(largest);
		return widths;
	}

	/**
	 * How much of an image to leave out as it is read, to make a copy of a width within {@link #DECODED_PIXELS}:
	 * 1 reads every pixel, 2 every other one of each row and column.
	 * @param width the image's width
	 * @param height its height
	 * @param target the copy's width; 0 for the most that memory allows
	 * @return the step
	 */
	public static int subsampling(int width, int height, int target) {
		int needed = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
		// a small copy needs no more than four of the image's pixels across for each of its own
		int affordable = (target > 0) ? width / (4 * target) : 1;
		return Math.max(1, Math.max(needed, affordable));
	}

	/** @return whether a WebP copy is offered beside the file's own format */
	public static boolean webpBeside(ImageFile image) {
		return !"webp".equals(image.format());
	}

	/**
	 * @param image the image
	 * @param width one of its {@link #widths}
	 * @param webp WebP rather than the file's own format
	 * @return the copy's address
	 */
	public static String url(ImageFile image, int width, boolean webp) {
		String path = List.of(image.path().substring(1).split("/", -1))
			.stream()
			.map((segment) -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
			.collect(Collectors.joining("/"));
		return PREFIX + image.version() + "/" + width + "/" + path + ((webp && webpBeside(image)) ? WEBP : "");
	}

	/** @return a {@code srcset} of every width offered, in WebP or the file's own format; empty for none */
	public static String srcset(ImageFile image, boolean webp) {
		return widths(image).stream()
			.map((width) -> url(image, width, webp) + " " + width + "w")
			.collect(Collectors.joining(", "));
	}

	/** @return what a {@code <picture>} of the image needs; only its address for an image not made smaller */
	public static Picture picture(ImageFile image, String src) {
		if (widths(image).isEmpty()) {
			return new Picture(src, image.width(), image.height(), "", "");
		}
		return new Picture(src, image.width(), image.height(), srcset(image, false),
				webpBeside(image) ? srcset(image, true) : "");
	}

	/**
	 * A request for a copy.
	 * @param version the hash of the file's bytes it was made for
	 * @param width its width
	 * @param path the file's site path, decoded
	 * @param webp whether it is in WebP
	 */
	public record Request(String version, int width, String path, boolean webp) {
	}

	/**
	 * @param address the path after {@link #PREFIX}, decoded, such as {@code 3fa2c1d0e5b6a7c8/640/images/a.jpg.webp}
	 * @return what it asks for; empty when it is no copy's address
	 */
	public static Optional<Request> parse(String address) {
		Matcher matcher = ADDRESS.matcher(address);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String path = matcher.group(3);
		boolean webp = path.endsWith(WEBP) && ImageSizes.formatOf(path.substring(0, path.length() - WEBP.length()))
			.filter((format) -> !format.equals("webp"))
			.isPresent();
		return Optional.of(new Request(matcher.group(1), Integer.parseInt(matcher.group(2)),
				webp ? path.substring(0, path.length() - WEBP.length()) : path, webp));
	}

	/**
	 * What a template needs to show an image at the size its layout gives it.
	 *
	 * @param src the file's own address
	 * @param width its width; 0 when unknown
	 * @param height its height; 0 when unknown
	 * @param srcset its copies in its own format; empty when none are made
	 * @param webpSrcset its copies in WebP; empty when none are made
	 */
	public record Picture(String src, int width, int height, String srcset, String webpSrcset) {

		/** @return a picture known only by its address (another site's, a missing file) */
		public static Picture plain(String src) {
			return new Picture(src, 0, 0, "", "");
		}

		/** @return whether smaller copies are offered */
		public boolean responsive() {
			return !this.srcset.isEmpty();
		}

		/** @return whether its size is known */
		public boolean sized() {
			return this.width > 0 && this.height > 0;
		}

		/**
		 * @param maxWidth the most CSS pixels wide the layout shows it
		 * @param maxHeight the most CSS pixels high
		 * @return the width it is shown at, as {@code sizes} gives it, such as {@code 82px} for a logo
		 */
		public String within(int maxWidth, int maxHeight) {
			return (sized() ? Math.min(Math.min(maxWidth, this.width),
					(int) Math.ceil((double) maxHeight * this.width / this.height)) : maxWidth) + "px";
		}

	}

}
