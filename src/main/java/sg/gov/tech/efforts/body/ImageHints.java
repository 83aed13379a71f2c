package sg.gov.tech.efforts.body;

import org.jsoup.nodes.Element;

/**
 * Hints that keep pages light and steady: the size of each local image (so its space is reserved before it loads)
 * and lazy loading for images below the fold. Whatever an editor wrote on an image is kept.
 */
final class ImageHints {

	private ImageHints() {
	}

	/** Gives every image whose file the content root holds its {@code width} and {@code height}. */
	static void addSizes(Element body, ImageSizes sizes) {
		for (Element image : body.select(Css.query("img[src]:not([width]):not([height])"))) {
			sizes.of(image.attr("src")).ifPresent((size) -> image.attr("width", String.valueOf(size.width()))
				.attr("height", String.valueOf(size.height())));
		}
	}

	/**
	 * Marks images {@code loading="lazy"}, but for the first {@code eager} ones, which are near the top of the page
	 * where lazy loading would only delay them.
	 * @param container the part of a page below the fold
	 * @param eager how many images to leave as they are
	 */
	static void loadLazily(Element container, int eager) {
		int seen = 0;
		for (Element image : container.select(Css.query("img"))) {
			if (seen++ >= eager && !image.hasAttr("loading")) {
				image.attr("loading", "lazy");
			}
		}
	}

}
