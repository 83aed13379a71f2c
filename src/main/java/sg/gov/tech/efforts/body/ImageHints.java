package sg.gov.tech.efforts.body;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.model.ImageCatalog;
import sg.gov.tech.efforts.model.ImageFile;

/**
 * Hints that keep pages light and steady: the size of each local image (so its space is reserved before it loads),
 * smaller copies in WebP and the file's own format for browsers to choose from by the width the layout gives it,
 * lazy loading for images below the fold and priority for the first large one. What an editor wrote is kept.
 */
final class ImageHints {

	private static final Evaluator CARD_IMAGES = Css.query(".isomer-card-image");

	private static final Evaluator IMAGES = Css.query("img");

	private static final Evaluator IMAGES_WITH_SOURCE = Css.query("img[src]");

	private static final Evaluator PICTURES = Css.query("picture");

	/** The content column: the screen less its margins, at most 52rem beside the side navigation. */
	static final String BODY_SIZES = "(min-width: 56em) 52rem, (min-width: 48em) calc(100vw - 4rem), "
			+ "calc(100vw - 2rem)";

	/** A card of Isomer's card grid: three across the column on wide screens, two on tablets, one on phones. */
	static final String CARD_SIZES = "(min-width: 64em) 17rem, (min-width: 40em) calc(50vw - 3rem), "
			+ "calc(100vw - 2rem)";

	/** Below this width an image is an icon or a logo, not the one a visitor waits for. */
	static final int LARGE = 320;

	private ImageHints() {
	}

	/**
	 * Gives every image whose file the content root holds its {@code width} and {@code height} (keeping the editor's
	 * width or height, the other one in proportion), and offers its smaller copies in a {@code <picture>}.
	 * @param body the body
	 * @param images the content root's images
	 * @param warn told of an image served as it is, with the reason
	 */
	static void addSizes(Element body, ImageCatalog images, BiConsumer<Element, String> warn) {
		for (Element image : body.select(IMAGES_WITH_SOURCE)) {
			Optional<ImageFile> found = images.find(image.attr("src"));
			if (found.isEmpty()) {
				continue;
			}
			ImageFile file = found.get();
			if (!file.problem().isEmpty()) {
				warn.accept(image, "the image " + file.path() + " " + file.problem()
						+ ": it is served as it is, without smaller copies");
			}
			if (file.width() > 0 && file.height() > 0) {
				size(image, file);
			}
			if (!ImageVariants.widths(file).isEmpty() && !image.parent().is(PICTURES)) {
				offerCopies(image, file);
			}
		}
	}

	private static void size(Element image, ImageFile file) {
		int width = pixels(image.attr("width"));
		int height = pixels(image.attr("height"));
		if (width > 0 && height <= 0) {
			height = (int) Math.round((double) width * file.height() / file.width());
		}
		else if (height > 0 && width <= 0) {
			width = (int) Math.round((double) height * file.width() / file.height());
		}
		else if (width <= 0) {
			width = file.width();
			height = file.height();
		}
		image.attr("width", String.valueOf(width)).attr("height", String.valueOf(Math.max(1, height)));
	}

	private static void offerCopies(Element image, ImageFile file) {
		int width = pixels(image.attr("width"));
		String sizes = (width > 0 && width < file.width()) ? width + "px"
				: (image.closest(CARD_IMAGES) != null) ? CARD_SIZES : BODY_SIZES;
		Element picture = new Element("picture");
		image.before(picture);
		if (ImageVariants.webpBeside(file)) {
			picture.appendElement("source")
				.attr("type", "image/webp")
				.attr("srcset", ImageVariants.srcset(file, true))
				.attr("sizes", sizes);
		}
		picture.appendChild(image.attr("srcset", ImageVariants.srcset(file, false)).attr("sizes", sizes));
	}

	/** @return a length in pixels as an HTML attribute gives it, or 0 when it is not one ({@code 100%}, {@code auto}) */
	private static int pixels(String value) {
		String digits = value.strip().replaceFirst("px$", "");
		return (!digits.isEmpty() && digits.length() < 6 && digits.chars().allMatch(Character::isDigit))
				? Integer.parseInt(digits) : 0;
	}

	/**
	 * Marks images {@code loading="lazy"}, but for the first {@code eager} ones, which are near the top of the page
	 * where lazy loading would only delay them; the first of those, when large, is fetched before other images.
	 * @param container the part of a page below the fold
	 * @param eager how many images to leave as they are
	 */
	static void loadLazily(Element container, int eager) {
		int seen = 0;
		for (Element image : container.select(IMAGES)) {
			if (seen++ >= eager && !image.hasAttr("loading")) {
				image.attr("loading", "lazy");
			}
		}
		if (eager > 0) {
			prioritise(container.selectFirst(IMAGES));
		}
	}

	/** Asks browsers to fetch an image first when it is large and not lazy: the page's largest paint is likely it. */
	static void prioritise(Element image) {
		if (image != null && !image.attr("loading").equals("lazy") && pixels(image.attr("width")) >= LARGE) {
			image.attr("fetchpriority", "high");
		}
	}

}
