package sg.gov.tech.efforts.body;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Markup editors write by hand made to work in the site's own styles: {@code <center>} becomes a centred block,
 * tables scroll sideways in a focusable region instead of widening the page, a header row of {@code <td>}s becomes
 * {@code <th>}s, and only the classes the site styles are kept, so a class it does not know renders as plain
 * content.
 */
final class ContentMarkup {

	private static final Evaluator ADDRESSED = Css.query("a[href], img[src]");

	private static final Evaluator CAPTIONS = Css.query("caption");

	private static final Evaluator CENTERED = Css.query("center");

	private static final Evaluator DATA_CELLS_IN_HEAD = Css.query("thead td");

	private static final Evaluator HEADER_CELLS = Css.query("th");

	private static final Evaluator HEADER_CELLS_WITHOUT_SCOPE = Css
		.query("thead th:not([scope]), tr:first-child > th:not([scope])");

	private static final Evaluator SIZED = Css.query("[width], [height]");

	private static final Evaluator TABLES = Css.query("table");

	private static final Evaluator WITH_CLASS = Css.query("[class]");

	/** Classes the site's stylesheet knows for content; the rest mean nothing here. */
	private static final Set<String> KNOWN = Set.of("row", "col", "lead", "button", "center", "related",
			"related-label", "editor-note", "visually-hidden", "caption", "embed", "embed-link", "table-wrapper",
			"accordion", "callout", "isomer-callout", "isomer-card-grid", "isomer-card", "isomer-card-image",
			"isomer-image-wrapper", "isomer-card-body", "isomer-card-title", "isomer-card-description",
			"isomer-card-link", "isomer-accordion", "isomer-image-caption", "isomer-table-wrapper",
			ContentStyles.PADDED_LINK);

	private ContentMarkup() {
	}

	/** Before the allowlist, which does not know {@code <center>}. */
	static void centres(Element body) {
		body.select(CENTERED).forEach((centre) -> centre.tagName("div").addClass("center"));
	}

	/**
	 * A space is not allowed in an address, though kramdown keeps it there as written: browsers send it as {@code %20},
	 * so it is written so.
	 */
	static void encodeSpaces(Element body) {
		for (Element linked : body.select(ADDRESSED)) {
			String attribute = linked.nameIs("a") ? "href" : "src";
			String address = linked.attr(attribute);
			if (address.indexOf(' ') >= 0) {
				linked.attr(attribute, address.strip().replace(" ", "%20"));
			}
		}
	}

	/** After the allowlist. */
	static void tidy(Element body) {
		for (Element table : body.select(TABLES)) {
			for (Element cell : table.select(DATA_CELLS_IN_HEAD)) {
				cell.tagName("th");
			}
			table.select(HEADER_CELLS_WITHOUT_SCOPE)
				.forEach((th) -> th.attr("scope", "col"));
			Element parent = table.parent();
			if (parent != null && parent.hasClass("table-wrapper")) {
				continue;
			}
			Element caption = table.selectFirst(CAPTIONS);
			Element firstHeader = table.selectFirst(HEADER_CELLS);
			String name = (caption != null) ? caption.text()
					: (firstHeader != null) ? "Table of " + firstHeader.text() : "Table";
			table.wrap("<div class=\"table-wrapper\" role=\"region\" tabindex=\"0\"></div>");
			table.parent().attr("aria-label", name.isBlank() ? "Table" : name);
		}
		// width and height are whole pixels in HTML: "auto" or "100%" mean nothing and the image keeps its own size
		for (Element sized : body.select(SIZED)) {
			for (String dimension : new String[] { "width", "height" }) {
				if (sized.hasAttr(dimension) && !sized.attr(dimension).strip().matches("\\d+")) {
					sized.removeAttr(dimension);
				}
			}
		}
		for (Element classed : body.select(WITH_CLASS)) {
			for (String name : classed.classNames()) {
				if (!KNOWN.contains(name) && !name.startsWith("s-")) {
					classed.removeClass(name);
				}
			}
			if (classed.className().isBlank()) {
				classed.removeAttr("class");
			}
		}
	}

}
