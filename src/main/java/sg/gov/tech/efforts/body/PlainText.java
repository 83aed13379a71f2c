package sg.gov.tech.efforts.body;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The words a body shows, one line per block (paragraph, list item, caption, cell), as search indexes them and
 * shows snippets of them; words only screen readers hear ("(opens in a new tab)") are left out.
 */
public final class PlainText {

	private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
			"td", "th", "dt", "dd", "blockquote", "pre", "br", "div", "summary", "tr");

	private static final Set<String> UNSEEN = Set.of("script", "style", "template");

	private PlainText() {
	}

	/** @return the visible text of some HTML */
	public static String of(String html) {
		return of(Jsoup.parseBodyFragment(html).body());
	}

	/** @return the visible text of an element, which is left as it is */
	public static String of(Element root) {
		StringBuilder raw = new StringBuilder();
		root.traverse(new NodeVisitor() {

			private int hidden;

			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element && isHidden(element)) {
					this.hidden++;
				}
				else if (node instanceof TextNode text && this.hidden == 0) {
					raw.append(text.getWholeText());
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					if (isHidden(element)) {
						this.hidden--;
					}
					else if (BLOCKS.contains(element.normalName())) {
						raw.append('\n');
					}
				}
			}

		});
		// each line's runs of white space become one space, and empty lines go
		StringBuilder text = new StringBuilder(raw.length());
		boolean space = false;
		int lineStart = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\n') {
				if (text.length() > lineStart) {
					text.append('\n');
					lineStart = text.length();
				}
				space = false;
			}
			else if (Character.isWhitespace(c) || c == '\u00a0') {
				space = text.length() > lineStart;
			}
			else {
				if (space) {
					text.append(' ');
					space = false;
				}
				text.append(c);
			}
		}
		if (text.length() > lineStart) {
			text.append('\n');
		}
		return text.toString();
	}

	private static boolean isHidden(Element element) {
		return UNSEEN.contains(element.normalName()) || element.hasClass("visually-hidden");
	}

}
