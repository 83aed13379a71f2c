package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Inline links and images whose address holds spaces or parentheses, read as kramdown reads them:
 * {@code [Factsheet](/files/Factsheet - Singpass (National Digital Identity).pdf)} is a link there, its address
 * everything up to the {@code )} that balances the {@code (}, and text in CommonMark, which refuses a space in an
 * address. Each such space or parenthesis becomes a stand-in character before flexmark parses, and itself again in
 * what it renders: one character for one, so the source offsets (and the lines messages name) stay where they were.
 */
final class KramdownLinks {

	/** Characters of Unicode's private use area, which editors never type, standing in for ' ', '(' and ')'. */
	private static final String STAND_INS = "\uE000\uE001\uE002";

	private static final String STOOD_FOR = " ()";

	/** kramdown's title after an address: {@code "title")} or {@code 'title')}. */
	private static final Pattern TITLE = Pattern.compile("\\s*?([\"'])(.+?)\\1\\s*?\\)");

	/** Whatever could hold such a link: {@code ](}, then a space or parenthesis on that line. */
	private static final Pattern CANDIDATE = Pattern.compile("\\]\\([^\\n]*?[ (]");

	private KramdownLinks() {
	}

	/** @return whether the Markdown may hold a link or image whose address has a space or parenthesis */
	static boolean mayHave(String markdown) {
		for (int i = 0; i < STAND_INS.length(); i++) {
			if (markdown.indexOf(STAND_INS.charAt(i)) >= 0) {
				return false;
			}
		}
		return CANDIDATE.matcher(markdown).find();
	}

	/**
	 * @param markdown the Markdown
	 * @param parsed what flexmark made of it, to leave code and raw HTML alone
	 * @return the Markdown with the spaces and parentheses of such addresses stood in for, each where it was
	 */
	static String protect(String markdown, Node parsed) {
		List<int[]> verbatim = new ArrayList<>();
		collectVerbatim(parsed, verbatim);
		StringBuilder out = new StringBuilder(markdown);
		int from = 0;
		while (true) {
			int open = markdown.indexOf("](", from);
			if (open < 0) {
				break;
			}
			from = open + 2;
			if (escaped(markdown, open) || inside(verbatim, open)) {
				continue;
			}
			int[] address = address(markdown, open + 1);
			if (address == null) {
				continue;
			}
			for (int i = address[0]; i < address[1]; i++) {
				int stood = STOOD_FOR.indexOf(markdown.charAt(i));
				if (stood >= 0) {
					out.setCharAt(i, STAND_INS.charAt(stood));
				}
			}
			from = address[1];
		}
		return out.toString();
	}

	/** @return the rendered HTML with each stand-in what it stood for again */
	static String restore(String html) {
		StringBuilder out = new StringBuilder(html);
		for (int i = 0; i < out.length(); i++) {
			int stand = STAND_INS.indexOf(out.charAt(i));
			if (stand >= 0) {
				out.setCharAt(i, STOOD_FOR.charAt(stand));
			}
		}
		return out.toString();
	}

	/**
	 * Reads an address as kramdown does: between {@code (<} and {@code >)}, else up to the {@code )} balancing the
	 * {@code (}, or to a space before a quote that opens a title, then stripped; {@code null} when it holds neither a
	 * space nor a parenthesis, spans lines or is not a link there.
	 * @return the start and end offsets of the address
	 */
	private static int[] address(String markdown, int paren) {
		if (markdown.startsWith("<", paren + 1)) {
			int close = markdown.indexOf(">)", paren);
			int newline = markdown.indexOf('\n', paren);
			return (close < 0 || newline >= 0 && newline < close) ? null : worthProtecting(markdown, paren + 2, close);
		}
		int depth = 0;
		int end = -1;
		boolean titled = false;
		for (int i = paren; i < markdown.length(); i++) {
			char c = markdown.charAt(i);
			if (c == '\n') {
				return null;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (depth == 0) {
					end = i;
					break;
				}
			}
			else if (Character.isWhitespace(c) && i + 1 < markdown.length()
					&& (markdown.charAt(i + 1) == '"' || markdown.charAt(i + 1) == '\'')) {
				end = i;
				titled = true;
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		if (titled) {
			Matcher title = TITLE.matcher(markdown).region(end, markdown.length());
			if (!title.lookingAt() || markdown.substring(end, title.end()).indexOf('\n') >= 0) {
				return null;
			}
		}
		int start = paren + 1;
		while (start < end && Character.isWhitespace(markdown.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(markdown.charAt(end - 1))) {
			end--;
		}
		String written = markdown.substring(start, end);
		return (written.indexOf('<') < 0 && written.indexOf('>') < 0) ? worthProtecting(markdown, start, end) : null;
	}

	private static int[] worthProtecting(String markdown, int start, int end) {
		for (int i = start; i < end; i++) {
			if (STOOD_FOR.indexOf(markdown.charAt(i)) >= 0) {
				return new int[] { start, end };
			}
		}
		return null;
	}
	private static boolean escaped(String markdown, int at) {
		int backslashes = 0;
		for (int i = at - 1; i >= 0 && markdown.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static boolean inside(List<int[]> ranges, int offset) {
		for (int[] range : ranges) {
			if (offset >= range[0] && offset < range[1]) {
				return true;
			}
		}
		return false;
	}

	/** Code spans, code blocks and raw HTML, where kramdown reads no link either. */
	private static void collectVerbatim(Node node, List<int[]> ranges) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Code || child instanceof CodeBlock || child instanceof FencedCodeBlock
					|| child instanceof IndentedCodeBlock || child instanceof HtmlBlock || child instanceof HtmlInline) {
				ranges.add(new int[] { child.getStartOffset(), child.getEndOffset() });
			}
			else {
				collectVerbatim(child, ranges);
			}
		}
	}

}
