package sg.gov.tech.efforts.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits the pages and sections found, best first
 * @param everyWord whether each hit has every word of the query; {@code false} when none had them all, and the hits
 * have only some of them
 */
public record SearchResults(List<SearchHit> hits, boolean everyWord) {

	static final SearchResults NONE = new SearchResults(List.of(), true);

}
