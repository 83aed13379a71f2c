package sg.gov.tech.efforts.search;

/**
 * The results page's model.
 *
 * @param query what was searched, tidied and possibly shortened
 * @param results what the search found
 * @param maxLength the longest query searched, for the notice about shortened queries
 */
public record SearchPage(SearchQuery query, SearchResults results, int maxLength) {
}
