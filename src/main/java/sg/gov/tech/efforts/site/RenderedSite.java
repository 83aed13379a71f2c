package sg.gov.tech.efforts.site;

import java.util.Map;
import java.util.Optional;

import sg.gov.tech.efforts.model.Site;

/**
 * Every page and section of one loaded site rendered to bytes, and its 404 page; never changed once built, so
 * requests read it without locks.
 *
 * @param site the site the pages were rendered from
 * @param pages rendered pages by canonical path
 * @param notFound the 404 page, linking every page and section of this site
 * @param validUntil when the pages go stale (the copyright year changes), in epoch milliseconds
 */
record RenderedSite(Site site, Map<String, RenderedPage> pages, RenderedPage notFound, long validUntil) {

	RenderedSite {
		pages = Map.copyOf(pages);
	}

	/**
	 * The page rendered for a canonical path, exactly as written (no redirect rules).
	 * @param path the request path
	 * @return the page, or empty when the path is not canonical or unknown
	 */
	Optional<RenderedPage> page(String path) {
		return Optional.ofNullable(this.pages.get(path));
	}

	boolean serves(Site current, long now) {
		return this.site == current && now < this.validUntil;
	}

}
