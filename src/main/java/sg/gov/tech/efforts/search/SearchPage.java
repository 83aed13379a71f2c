package sg.gov.tech.efforts.search;

import java.util.List;

import sg.gov.tech.efforts.site.view.NavLink;

/**
 * The results page's model.
 *
 * @param query what was searched, tidied and possibly shortened
 * @param results what the search found, one page of it
 * @param maxLength the longest query searched, for the notice about shortened queries
 * @param pages a link to each page of the results (near the current one), this one marked
 * @param previous the page before; {@code null} on the first
 * @param next the page after; {@code null} on the last
 * @param baseUrl the site's public address, before each result's path on its URL line
 */
public record SearchPage(SearchQuery query, SearchResults results, int maxLength, List<NavLink> pages,
		NavLink previous, NavLink next, String baseUrl) {

	public SearchPage {
		pages = List.copyOf(pages);
	}

	/** @return a result's address as visitors read it: the site's address and the result's path */
	public String shownUrl(SearchHit hit) {
		return this.baseUrl + hit.url();
	}

}
