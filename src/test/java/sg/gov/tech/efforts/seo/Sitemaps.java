package sg.gov.tech.efforts.seo;

import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

/** The sitemap of any loaded site, as the controller makes it, for tests comparing it with the served one. */
public final class Sitemaps {

	private Sitemaps() {
	}

	/**
	 * @param site a loaded site
	 * @param properties the public base URL and indexing setting
	 * @return the sitemap XML a deployment serving only that site sends
	 */
	public static String of(Site site, SiteProperties properties) {
		return new SitemapController(null, properties).xml(site);
	}

}
