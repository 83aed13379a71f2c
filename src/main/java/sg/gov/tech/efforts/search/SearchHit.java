package sg.gov.tech.efforts.search;

import java.util.List;

/**
 * One result, as the results page shows it.
 *
 * @param url the deep link to the page or section
 * @param context the page a section belongs to; empty for a page
 * @param title the title, its matching words marked
 * @param snippet the best matching passage of its text, its matching words marked
 */
public record SearchHit(String url, String context, List<Fragment> title, List<Fragment> snippet) {

	/**
	 * A run of text, marked when it matched the query; the template escapes it.
	 * @param text the text
	 * @param match whether it matched
	 */
	public record Fragment(String text, boolean match) {
	}

}
