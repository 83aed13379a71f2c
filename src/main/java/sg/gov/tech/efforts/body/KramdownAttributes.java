package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * kramdown's attribute lists, which flexmark leaves as text: a span list right after a link or image
 * ({@code [Apply](https://...){:target="_blank"}}), a block list at the end of a paragraph, heading or list item
 * ({@code {: .lead}} on its own line), a paragraph holding only a list (applies to the block before it) and header
 * ids ({@code ### Title {#custom-id}}). Runs before the sanitiser, so a list cannot add what the allowlist refuses.
 */
final class KramdownAttributes {

	private static final Evaluator HEADINGS = Css.query("h1, h2, h3, h4, h5, h6");

	private static final Evaluator PARAGRAPHS = Css.query("p");

	private static final String LIST = "\\{:\\s*((?:\"[^\"\\n]*\"|'[^'\\n]*'|[^{}\\n\"'])*)\\}";

	private static final Pattern LEADING = Pattern.compile("^" + LIST);

	private static final Pattern TRAILING = Pattern.compile("[ \\t]*\\n?[ \\t]*" + LIST + "[ \\t]*$");

	private static final Pattern ALONE = Pattern.compile("^\\s*" + LIST + "\\s*$");

	private static final Pattern HEADER_ID = Pattern.compile("[ \\t]*\\{#([A-Za-z][\\w-]*)\\}[ \\t]*$");

	private static final Pattern ENTRY = Pattern
		.compile("#([\\w-]+)|\\.([\\w-]+)|([A-Za-z_][\\w.:-]*)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

	private static final Evaluator BLOCKS = Css.query("p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote > p");

	private KramdownAttributes() {
	}

	/**
	 * Applies every attribute list in the rendered body to its element and removes the list's text.
	 * @param body the rendered body
	 */
	static void apply(Element body) {
		for (TextNode text : textNodes(body)) {
			applyLeading(text);
		}
		for (Element block : body.select(BLOCKS)) {
			applyTrailing(block);
		}
		for (Element paragraph : body.select(PARAGRAPHS)) {
			Matcher alone = ALONE.matcher(paragraph.wholeText());
			Element before = paragraph.previousElementSibling();
			if (paragraph.children().isEmpty() && alone.matches() && before != null) {
				set(before, alone.group(1));
				paragraph.remove();
			}
		}
	}

	/** A span list starts the text right after an inline element: {@code <a>..</a>{:target="_blank"}}. */
	private static void applyLeading(TextNode text) {
		Node before = text.previousSibling();
		if (!(before instanceof Element element) || inCode(text)) {
			return;
		}
		Matcher leading = LEADING.matcher(text.getWholeText());
		if (leading.find()) {
			set(element, leading.group(1));
			text.text(text.getWholeText().substring(leading.end()));
		}
	}

	/** A block list ends a block's last line, or is on a line of its own just after it; a header id ends a heading. */
	private static void applyTrailing(Element block) {
		if (block.childNodeSize() == 0 || !(block.childNode(block.childNodeSize() - 1) instanceof TextNode text)
				|| inCode(text)) {
			return;
		}
		String whole = text.getWholeText();
		Matcher headerId = HEADER_ID.matcher(whole);
		if (block.is(HEADINGS) && headerId.find()) {
			block.id(headerId.group(1));
			text.text(whole.substring(0, headerId.start()));
			return;
		}
		Matcher trailing = TRAILING.matcher(whole);
		if (trailing.find() && (trailing.start() > 0 || block.childNodeSize() > 1)) {
			set(block, trailing.group(1));
			text.text(whole.substring(0, trailing.start()));
		}
	}

	/** Reads {@code #id .class key="value"} entries into the element's attributes. */
	private static void set(Element element, String list) {
		Matcher entry = ENTRY.matcher(list);
		while (entry.find()) {
			if (entry.group(1) != null) {
				element.id(entry.group(1));
			}
			else if (entry.group(2) != null) {
				element.addClass(entry.group(2));
			}
			else {
				String value = (entry.group(4) != null) ? entry.group(4)
						: (entry.group(5) != null) ? entry.group(5) : entry.group(6);
				element.attr(entry.group(3), value);
			}
		}
	}

	private static boolean inCode(Node node) {
		for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent instanceof Element element && (element.nameIs("code") || element.nameIs("pre"))) {
				return true;
			}
		}
		return false;
	}

	private static List<TextNode> textNodes(Element root) {
		List<TextNode> texts = new ArrayList<>();
		root.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				texts.add(text);
			}
		});
		return texts;
	}

}
