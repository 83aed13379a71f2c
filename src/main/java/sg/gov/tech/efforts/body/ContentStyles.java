package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.model.Digests;
import sg.gov.tech.efforts.model.ImageCatalog;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Editors' styles moved out of the HTML, so the Content-Security-Policy can forbid inline styles: each distinct
 * {@code style="…"} becomes one class of a stylesheet of the page's own, and {@code <style>} rules are scoped to
 * the content area, so they can never restyle the masthead, header or footer. Declarations that load addresses, or
 * that would take content out of its column, are dropped with a warning.
 */
final class ContentStyles {

	private static final Evaluator ANCHORS = Css.query("a");

	private static final Evaluator STYLED = Css.query("[style]");

	private static final Evaluator STYLE_ELEMENTS = Css.query("style");

	/** The class of the element every template puts a page's content in. */
	static final String SCOPE = ".content-area";

	private static final Pattern LOADS = Pattern.compile(
			"(?i)url\\s*\\(|expression\\s*\\(|javascript:|vbscript:|@import|behavior\\s*:|-moz-binding|image-set\\s*\\(|\\\\");

	private static final Pattern OUT_OF_COLUMN = Pattern.compile(
			"(?i)^(position:\\s*(fixed|absolute|sticky)|z-index:.*|transform:.*|margin(-left|-right|-top)?:\\s*-.*)$");

	/** The class of a link editors styled as a button with padding. */
	static final String PADDED_LINK = "padded-link";

	private ContentStyles() {
	}

	/**
	 * Moves every style of a body into CSS.
	 * @return the page's CSS: one rule per distinct declaration set, then the scoped {@code <style>} rules
	 */
	static String extract(String file, SourceLines lines, Element body, ImageCatalog images, ValidationReport report) {
		Map<String, String> classes = new LinkedHashMap<>();
		for (Element styled : body.select(STYLED)) {
			int line = lines.lineOf(styled);
			String declarations = safe(styled.attr("style"), images,
					(dropped) -> report.warn(file, line, "the style '" + dropped + "' " + why(dropped)));
			styled.removeAttr("style");
			if (declarations.isEmpty()) {
				continue;
			}
			String name = "s-" + hash(declarations);
			classes.putIfAbsent(name, declarations);
			styled.addClass(name);
			if (styled.is(ANCHORS) && declarations.contains("padding")) {
				// a link styled as a button: as an inline block it no longer overlaps the line above
				styled.addClass(PADDED_LINK);
			}
		}
		StringBuilder css = new StringBuilder();
		classes.forEach((name, declarations) -> css.append(SCOPE).append(" .").append(name).append('{')
			.append(important(declarations)).append("}\n"));
		for (Element style : body.select(STYLE_ELEMENTS)) {
			int line = lines.lineOf(style);
			css.append(scoped(style.data(), images, (problem) -> report.warn(file, line, problem)));
			style.remove();
		}
		return css.toString();
	}

	/** The declarations of one style attribute that are safe, each ending in ';', in the order written. */
	static String safe(String style, Consumer<String> dropped) {
		return safe(style, ImageCatalog.NONE, dropped);
	}

	/**
	 * The declarations of one style attribute that are safe, each ending in ';', in the order written; a background
	 * picture that is one of the site's own images is kept, as an {@code image-set()} of its smaller copies.
	 */
	static String safe(String style, ImageCatalog images, Consumer<String> dropped) {
		StringBuilder kept = new StringBuilder();
		for (String declaration : split(style)) {
			int colon = declaration.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = declaration.substring(colon + 1).strip();
			if (!property.matches("-?[a-z][a-z0-9-]*") || value.isEmpty()) {
				continue;
			}
			String normalised = property + ":" + value;
			Optional<String> background = BackgroundImages.of(property, value, images);
			if (background.isPresent()) {
				kept.append(background.get());
				continue;
			}
			if (LOADS.matcher(value).find() || OUT_OF_COLUMN.matcher(normalised).matches()) {
				dropped.accept(normalised);
				continue;
			}
			kept.append(normalised).append(';');
		}
		return kept.toString();
	}

	private static String why(String declaration) {
		return LOADS.matcher(declaration).find() ? "would load an address: it is left out"
				: "would take content out of its column: it is left out";
	}

	/** Inline styles outrank stylesheets; as classes they keep that rank with !important. */
	private static String important(String declarations) {
		StringBuilder css = new StringBuilder();
		for (String declaration : declarations.split(";")) {
			if (!declaration.isBlank()) {
				css.append(declaration.replaceAll("(?i)\\s*!\\s*important\\s*$", "")).append(" !important;");
			}
		}
		return css.toString();
	}

	/** A {@code <style>} block's rules, each selector inside the content area; at-rules but @media are left out. */
	static String scoped(String css, Consumer<String> problems) {
		return scoped(css, ImageCatalog.NONE, problems);
	}

	/** As {@link #scoped(String, Consumer)}, keeping background pictures that are the site's own images. */
	static String scoped(String css, ImageCatalog images, Consumer<String> problems) {
		String text = css.replaceAll("(?s)/\\*.*?\\*/", "").replace("<!--", "").replace("-->", "");
		StringBuilder out = new StringBuilder();
		scopeRules(text, images, out, problems);
		return out.toString();
	}

	private static void scopeRules(String text, ImageCatalog images, StringBuilder out, Consumer<String> problems) {
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf('{', at);
			int semicolon = text.indexOf(';', at);
			if (text.substring(at).isBlank()) {
				return;
			}
			if (semicolon >= 0 && (open < 0 || semicolon < open) && text.substring(at, semicolon).strip().startsWith("@")) {
				problems.accept("the style rule '" + text.substring(at, semicolon).strip() + "' is left out");
				at = semicolon + 1;
				continue;
			}
			if (open < 0) {
				return;
			}
			int close = matching(text, open);
			String prelude = text.substring(at, open).strip();
			String block = text.substring(open + 1, Math.max(open + 1, close));
			at = (close < 0) ? text.length() : close + 1;
			if (prelude.startsWith("@media")) {
				out.append(prelude).append('{');
				scopeRules(block, images, out, problems);
				out.append("}\n");
			}
			else if (prelude.startsWith("@")) {
				problems.accept("the style rule '" + prelude.split("\\s+")[0] + "' is left out");
			}
			else if (!prelude.isEmpty()) {
				String declarations = safe(block, images, (dropped) -> problems.accept("the style '" + dropped + "' in a "
						+ "<style> block " + why(dropped)));
				if (!declarations.isEmpty()) {
					out.append(selectors(prelude)).append('{').append(declarations).append("}\n");
				}
			}
		}
	}

	private static String selectors(String prelude) {
		List<String> scoped = new ArrayList<>();
		for (String selector : prelude.split(",(?![^(\\[]*[)\\]])")) {
			String bare = selector.strip();
			if (bare.isEmpty()) {
				continue;
			}
			String rest = bare.replaceFirst("^(html|body|:root)\\b\\s*", "");
			scoped.add(rest.isEmpty() ? SCOPE : SCOPE + " " + rest.replaceFirst("^(html|body)\\b\\s*", ""));
		}
		return String.join(",", scoped);
	}

	/** The closing brace of the block opened at {@code open}, skipping nested blocks; -1 when never closed. */
	private static int matching(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> split(String declarations) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < declarations.length(); i++) {
			char c = declarations.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == ';' && depth == 0) {
				parts.add(declarations.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(declarations.substring(start));
		return parts;
	}

	static String hash(String text) {
		return Digests.hex(Digests.sha256(text), 4);
	}

}
