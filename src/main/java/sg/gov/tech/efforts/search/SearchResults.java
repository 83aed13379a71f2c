package sg.gov.tech.efforts.search;

import java.util.List;

/**
 * What a search found, one page of it.
 *
 * @param hits the pages and sections found on this page, best first
 * @param everyWord whether each hit has every word of the query; {@code false} when none had them all, and the hits
 * have only some of them
 * @param total how many were found in all
 * @param page which page of them this is, from 1
 * @param pageCount how many pages they fill, at least one
 */
public record SearchResults(List<SearchHit> hits, boolean everyWord, int total, int page, int pageCount) {

	static final SearchResults NONE = new SearchResults(List.of(), true, 0, 1, 1);

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/** @return the place of this page's first hit among all, from 1 */
	public int first() {
		return (this.page - 1) * SearchIndex.PER_PAGE + 1;
	}

}
