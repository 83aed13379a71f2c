package sg.gov.tech.efforts.content;

import sg.gov.tech.efforts.model.Site;

/**
 * Prepares whatever is derived from the content (pre-rendered pages, a search index, ...) each time a site is
 * loaded, before it is served. Throwing rejects that site: at startup the application fails, on a later reload the
 * previous site keeps being served. Implementations must not depend on {@link CurrentSite} itself.
 */
@FunctionalInterface
public interface CurrentSiteListener {

	/**
	 * Called with every newly loaded site, before requests see it.
	 * @param site the site about to be served
	 */
	void siteLoaded(Site site);

}
