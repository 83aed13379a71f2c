package sg.gov.tech.efforts.body;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sg.gov.tech.efforts.model.ImageCatalog;
import sg.gov.tech.efforts.model.ImageFile;

/**
 * An editor's background picture that is one of the site's own images, kept in the page's stylesheet (so the
 * Content-Security-Policy still forbids inline styles and other sites' images): its smaller copies in an
 * {@code image-set()}, WebP first, with a plain copy before it for browsers without {@code image-set()}.
 */
final class BackgroundImages {

	private static final Pattern URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)([^'\")\\s]+)\\1\\s*\\)");

	/** The copy for a screen of ordinary density: wide enough for most boxes a background fills. */
	private static final int ONE_X = 960;

	private BackgroundImages() {
	}

	/**
	 * @param property a declaration's property, lower case
	 * @param value its value
	 * @param images the site's own images
	 * @return the declarations that show the picture, each ending in ';'; empty when the value loads anything but
	 * one of the site's own images
	 */
	static Optional<String> of(String property, String value, ImageCatalog images) {
		if (!property.equals("background") && !property.equals("background-image")) {
			return Optional.empty();
		}
		Matcher url = URL.matcher(value);
		if (!url.find()) {
			return Optional.empty();
		}
		String whole = url.group();
		Optional<ImageFile> image = images.find(url.group(2));
		if (url.find() || image.isEmpty() || image.get().width() <= 0) {
			return Optional.empty();
		}
		ImageFile file = image.get();
		List<Integer> widths = ImageVariants.widths(file);
		if (widths.isEmpty()) {
			return Optional.of(property + ":" + value.replace(whole, "url(\"" + file.path() + "\")") + ";");
		}
		int oneX = widths.stream().filter((width) -> width <= ONE_X).reduce((a, b) -> b).orElse(widths.get(0));
		int twoX = widths.get(widths.size() - 1);
		StringBuilder set = new StringBuilder("background-image:image-set(");
		if (ImageVariants.webpBeside(file)) {
			set.append(candidate(file, oneX, true, "1x")).append(", ").append(candidate(file, twoX, true, "2x"))
				.append(", ");
		}
		set.append(candidate(file, oneX, false, "1x")).append(", ").append(candidate(file, twoX, false, "2x"))
			.append(");");
		String plain = "url(\"" + ImageVariants.url(file, oneX, false) + "\")";
		return Optional.of(property + ":" + value.replace(whole, plain) + ";" + set);
	}

	private static String candidate(ImageFile file, int width, boolean webp, String density) {
		return "url(\"" + ImageVariants.url(file, width, webp) + "\") type(\"" + (webp ? "image/webp" : file.mediaType())
				+ "\") " + density;
	}

}
