package sg.gov.tech.efforts.body;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;

/**
 * The allowlist every page's HTML passes through: what Markdown renders plus what Isomer pages write by hand (cards of
 * {@code div}s, figures, images, links with {@code class} and {@code target}; frames and forms only as
 * {@link Embeds} and {@link Forms} leave them, to listed https hosts). Scripts, other frames and forms,
 * event handlers ({@code onclick}, {@code onerror}, ...), {@code javascript:} and {@code data:} URLs and style tricks
 * never reach a visitor.
 */
final class HtmlSanitizer {

	private static final Evaluator BARE_ANCHORS = Css.query("a:not([href]):not([name]):not([id])");

	private static final Evaluator STYLED = Css.query("[style]");

	/** Only lets jsoup resolve relative URLs to check their scheme; the links keep their text as written. */
	static final String BASE_URI = "https://content.invalid/";

	private static final Pattern UNSAFE_STYLE = Pattern
		.compile("(?i)expression\\s*\\(|url\\s*\\(|javascript:|vbscript:|@import|behavior\\s*:|-moz-binding|\\\\");

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addTags("figure", "figcaption", "font", "hr", "mark", "s", "del", "ins", "abbr", "kbd", "samp", "var",
				"details", "summary", "section", "small", "time", "iframe", "form", "input", "label", "select",
				"option", "textarea", "button", "fieldset", "legend", "address")
		.addAttributes(":all", "class", "style", "id", "title", "lang", "dir", MarkdownRenderer.SOURCE_POSITION)
		.addAttributes("a", "target", "rel", "name", "hreflang")
		.addAttributes("img", "loading")
		.addAttributes("font", "color")
		.addAttributes("td", "align")
		.addAttributes("th", "align", "scope")
		.addAttributes("time", "datetime")
		// frames and forms as Embeds and Forms left them: only listed https hosts ever get this far
		.addAttributes("iframe", "src", "title", "loading", "sandbox", "allow", "allowfullscreen", "referrerpolicy")
		.addAttributes("form", "action", "method")
		.addAttributes("input", "type", "name", "value", "placeholder", "required", "aria-label", "checked",
				"maxlength")
		.addAttributes("label", "for")
		.addAttributes("select", "name", "required", "aria-label", "multiple")
		.addAttributes("option", "value", "selected")
		.addAttributes("textarea", "name", "rows", "placeholder", "required", "aria-label")
		.addAttributes("button", "type")
		.addAttributes("details", "open")
		.addProtocols("iframe", "src", "https")
		.addProtocols("form", "action", "https")
		.addProtocols("a", "href", "tel")
		.preserveRelativeLinks(true);

	private HtmlSanitizer() {
	}

	/**
	 * Parses rendered HTML for cleaning: relative links resolve against a placeholder so their scheme can be checked.
	 * @param html the renderer's output
	 * @return a dirty document, to apply attribute lists to and then {@link #clean(Document)}
	 */
	static Document parse(String html) {
		return Jsoup.parseBodyFragment(html, BASE_URI);
	}

	/**
	 * Keeps only allowlisted elements, attributes and URL schemes.
	 * @param dirty the document to clean (left unchanged)
	 * @return a clean copy that serialises without re-indenting editors' HTML
	 */
	static Document clean(Document dirty) {
		Document clean = new Cleaner(SAFELIST).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		for (Element styled : clean.body().select(STYLED)) {
			if (UNSAFE_STYLE.matcher(styled.attr("style")).find()) {
				styled.removeAttr("style");
			}
		}
		// a link whose address was refused is no link at all: keep its text only
		clean.body().select(BARE_ANCHORS).forEach(Element::unwrap);
		return clean;
	}

}
