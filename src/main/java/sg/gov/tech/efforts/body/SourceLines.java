package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Maps rendered elements back to lines of the source file, through the source offsets flexmark puts on the blocks it
 * renders; an element inside raw HTML is found by searching the source from the nearest block before it.
 *
 * (The body is the Markdown that was rendered; its first line is the file's line on which it starts.)
 */
final class SourceLines {

	private final String body;

	private final int firstLine;

	/** The offset each line of the body starts at, found when first needed. */
	private int[] starts;

	SourceLines(String body, int firstLine) {
		this.body = body;
		this.firstLine = firstLine;
	}

	/**
	 * @param element a rendered element
	 * @return the line on which the element (or the nearest rendered block before it) starts
	 */
	int lineOf(Element element) {
		return lineAt(anchorOffset(element));
	}

	/**
	 * @param element a rendered element
	 * @param written text the element was written with, such as its {@code href} or {@code src}
	 * @return the line on which that text first appears at or after the element's block, else the block's line
	 */
	int lineOf(Element element, String written) {
		int anchor = anchorOffset(element);
		if (!written.isEmpty()) {
			for (String form : new String[] { written, written.replace("&", "&amp;") }) {
				int found = this.body.indexOf(form, anchor);
				if (found >= 0) {
					return lineAt(found);
				}
			}
		}
		return lineAt(anchor);
	}

	private int lineAt(int offset) {
		int[] starts = lineStarts();
		int found = Arrays.binarySearch(starts, Math.min(offset, this.body.length()));
		return this.firstLine + ((found >= 0) ? found : -found - 2);
	}

	private int[] lineStarts() {
		int[] starts = this.starts;
		if (starts == null) {
			List<Integer> found = new ArrayList<>(List.of(0));
			for (int i = 0; i < this.body.length(); i++) {
				if (this.body.charAt(i) == '\n') {
					found.add(i + 1);
				}
			}
			starts = found.stream().mapToInt(Integer::intValue).toArray();
			this.starts = starts;
		}
		return starts;
	}

	/** The offset of the element's own block, else of the nearest rendered block before it in the document. */
	private static int anchorOffset(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			int own = start(current);
			if (own >= 0) {
				return own;
			}
			for (Element before = current.previousElementSibling(); before != null; before = before
				.previousElementSibling()) {
				int latest = lastStart(before);
				if (latest >= 0) {
					return latest;
				}
			}
		}
		return 0;
	}

	/**
	 * The offset of the last rendered block within an element, itself included, searched from its end: blocks come in
	 * source order, so the first found is the latest, and the search rarely goes further than a few elements.
	 */
	private static int lastStart(Element element) {
		for (Element child = element.lastElementChild(); child != null; child = child.previousElementSibling()) {
			int found = lastStart(child);
			if (found >= 0) {
				return found;
			}
		}
		return start(element);
	}

	private static int start(Element element) {
		String offsets = element.attr(MarkdownRenderer.SOURCE_POSITION);
		int dash = offsets.indexOf('-');
		return (dash > 0) ? Integer.parseInt(offsets.substring(0, dash)) : -1;
	}

}
