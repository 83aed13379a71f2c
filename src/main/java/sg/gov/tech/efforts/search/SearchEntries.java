package sg.gov.tech.efforts.search;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;

/** Turns a site into what search indexes: each page (its opening part) and each section, as plain text. */
final class SearchEntries {

	private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, figcaption, td, th, dt, dd, blockquote, pre, "
			+ "br, div";

	private SearchEntries() {
	}

	static List<SearchEntry> of(Site site) {
		List<SearchEntry> entries = new ArrayList<>();
		for (Page page : site.pages()) {
			if (page.layout() == Layout.SEARCH || page.layout() == Layout.HOMEPAGE && page.introHtml().isEmpty()) {
				continue;
			}
			entries.add(new SearchEntry(page.title(), page.permalink(), "", plainText(page.introHtml())));
			if (!page.sectionPages()) {
				continue;
			}
			for (Section section : page.sections()) {
				entries.add(new SearchEntry(section.title(), page.urlOf(section), page.title(),
						plainText(section.html())));
			}
		}
		return entries;
	}

	/** Visible text with one line per block, so snippets are whole bullets or paragraphs. */
	static String plainText(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		// words only screen readers hear, such as "(opens in a new tab)", would pollute matches and snippets
		body.select(".visually-hidden, script, style, template").remove();
		for (Element block : body.select(BLOCKS)) {
			block.after(new TextNode("\n"));
		}
		StringBuilder text = new StringBuilder();
		for (String line : body.wholeText().split("\n")) {
			String words = line.replaceAll("[\\s\\u00a0]+", " ").strip();
			if (!words.isEmpty()) {
				text.append(words).append('\n');
			}
		}
		return text.toString();
	}

}
