package sg.gov.tech.efforts.body;

import java.util.Map;
import java.util.WeakHashMap;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * A section's content as its own page shows it, made when that page is rendered rather than for every section at
 * load: where the section's heading is the page's {@code h1}, its headings move a level up, and its first image,
 * near the top now, loads at once (first, when large). Each is made once while its section is served, by the
 * renderer that owns this instance.
 */
public final class SectionPages {

	private static final Evaluator IMAGES = Css.query("img");

	private static final Evaluator LAZY_IMAGES = Css.query("img[loading=lazy]");

	/** Keyed by the content a section holds: an entry goes once no site served holds that section any more. */
	private final Map<String, String> made = new WeakHashMap<>();

	/**
	 * @param embeddedHtml the section's content as the whole page shows it
	 * @return the same content for the section's own page
	 */
	public String html(String embeddedHtml) {
		synchronized (this.made) {
			String html = this.made.get(embeddedHtml);
			if (html != null) {
				return html;
			}
		}
		Document page = HtmlSanitizer.parse(embeddedHtml);
		page.outputSettings().prettyPrint(false);
		Element body = page.body();
		IsomerHtml.shiftHeadings(body, -1);
		Element first = body.selectFirst(LAZY_IMAGES);
		if (first != null && first == body.selectFirst(IMAGES)) {
			first.removeAttr("loading");
			ImageHints.prioritise(first);
		}
		String html = body.html().strip();
		// not parsed under the lock: the warm-up and the requests render sections at once
		synchronized (this.made) {
			this.made.put(embeddedHtml, html);
		}
		return html;
	}

}
