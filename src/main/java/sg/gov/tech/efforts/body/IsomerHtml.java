package sg.gov.tech.efforts.body;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * Fix-ups that make Isomer content safe and accessible to publish as written: links that open a new tab, editor
 * notes, captions outside a figure, obsolete {@code <font>} and a heading outline without skipped levels.
 */
final class IsomerHtml {

	private static final Evaluator FIGURES = Css.query("figure");

	private static final Evaluator FIGURE_CAPTIONS = Css.query("figcaption");

	private static final Evaluator FONTS = Css.query("font");

	private static final Evaluator HEADINGS = Css.query("h1, h2, h3, h4, h5, h6");

	private static final Evaluator IMAGES = Css.query("img");

	private static final Evaluator LINE_BREAKS = Css.query("br");

	private static final Evaluator LINKS_WITH_TARGET = Css.query("a[target]");

	private static final Evaluator PARAGRAPHS = Css.query("p");

	/** The words screen readers hear after a link that opens a new tab. */
	static final String NEW_TAB_NOTICE = " (opens in a new tab)";

	private static final Pattern RED = Pattern.compile("(?i)\\s*(red|#f00|#ff0000)\\s*");

	private IsomerHtml() {
	}

	/** Every {@code target="_blank"} (also the escaped {@code \_blank} editors type) opens a new tab safely. */
	static void fixNewTabLinks(Element body) {
		for (Element link : body.select(LINKS_WITH_TARGET)) {
			String target = link.attr("target").replace("\\", "").strip();
			if (!target.equalsIgnoreCase("_blank")) {
				link.attr("target", target);
				continue;
			}
			link.attr("target", "_blank");
			link.attr("rel", "noopener noreferrer");
			link.appendElement("span").addClass("visually-hidden").text(NEW_TAB_NOTICE);
		}
	}

	/**
	 * Editor notes ({@code <font color="red">}) are removed for the public, or shown highlighted in preview; any other
	 * obsolete {@code <font>} is unwrapped.
	 * @param body the rendered body
	 * @param preview whether to show the notes
	 */
	static void editorNotes(Element body, boolean preview) {
		for (Element font : body.select(FONTS)) {
			Element parent = font.parent();
			if (!RED.matcher(font.attr("color")).matches()) {
				font.unwrap();
			}
			else if (preview) {
				font.tagName("mark").removeAttr("color").addClass("editor-note");
				font.prependElement("strong").text("Editor's note:");
			}
			else {
				font.remove();
			}
			if (parent != null && parent.is(PARAGRAPHS) && parent.text().isBlank() && parent.children().isEmpty()) {
				parent.remove();
			}
		}
	}

	/**
	 * A {@code <figcaption>} outside a {@code <figure>} is invalid HTML: wrap it with the image before it into a
	 * figure, or make it a plain paragraph when there is no image to caption.
	 * @param body the rendered body
	 */
	static void wrapLooseCaptions(Element body) {
		for (Element caption : body.select(FIGURE_CAPTIONS)) {
			if (caption.parent() != null && caption.parent().is(FIGURES)) {
				continue;
			}
			Element image = null;
			for (Element before = caption.previousElementSibling(); before != null; before = before
				.previousElementSibling()) {
				if (before.is(IMAGES) || !before.select(IMAGES).isEmpty()) {
					image = before;
					break;
				}
				if (!before.is(LINE_BREAKS)) {
					break;
				}
			}
			if (image == null) {
				caption.tagName("p").addClass("caption");
				continue;
			}
			Element figure = new Element("figure");
			image.before(figure);
			Node node = image;
			while (node != null) {
				Node next = node.nextSibling();
				if (node instanceof Element element && element.is(LINE_BREAKS)) {
					node.remove();
				}
				else {
					figure.appendChild(node);
				}
				if (node == caption) {
					break;
				}
				node = next;
			}
		}
	}

	/**
	 * Re-levels headings so the outline under the page's {@code h1} never skips a level: a heading's level is one
	 * more than the number of open headings above it, which keeps siblings at the same level.
	 * @param body the rendered body
	 */
	static void relevelHeadings(Element body) {
		Deque<Integer> open = new ArrayDeque<>();
		for (Element heading : body.select(HEADINGS)) {
			int level = heading.tagName().charAt(1) - '0';
			while (!open.isEmpty() && open.peek() >= level) {
				open.pop();
			}
			heading.attr("data-original-level", String.valueOf(level));
			heading.tagName("h" + Math.min(6, open.size() + 2));
			open.push(level);
		}
	}

	/**
	 * Moves every heading in the element up or down by {@code shift} levels, staying within h2 to h6.
	 * @param element the element whose headings to move
	 * @param shift how many levels (negative moves up)
	 */
	static void shiftHeadings(Element element, int shift) {
		for (Element heading : element.select(HEADINGS)) {
			int level = heading.tagName().charAt(1) - '0' + shift;
			heading.tagName("h" + Math.max(2, Math.min(6, level)));
		}
	}

}
