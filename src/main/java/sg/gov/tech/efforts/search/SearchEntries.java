package sg.gov.tech.efforts.search;

import java.util.ArrayList;
import java.util.List;

import sg.gov.tech.efforts.body.PlainText;
import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;

/** Turns a site into what search indexes: each page (its opening part) and each section, as plain text. */
final class SearchEntries {

	private SearchEntries() {
	}

	/**
	 * @param site the site
	 * @return what search indexes: each page's words and, where sections are pages, each section's
	 */
	static List<SearchEntry> of(Site site) {
		List<SearchEntry> entries = new ArrayList<>();
		for (Page page : site.pages()) {
			if (page.layout() == Layout.SEARCH || page.layout() == Layout.HOMEPAGE && page.introHtml().isEmpty()
					|| site.isNotFoundPage(page)) {
				continue;
			}
			entries.add(new SearchEntry(page.title(), page.permalink(), "", page.text()));
			if (!page.sectionPages()) {
				continue;
			}
			for (Section section : page.sections()) {
				entries.add(new SearchEntry(section.title(), page.urlOf(section), page.title(), section.text()));
			}
		}
		return entries;
	}

	/** Visible text with one line per block, so snippets are whole bullets or paragraphs. */
	static String plainText(String html) {
		return PlainText.of(html);
	}

}
