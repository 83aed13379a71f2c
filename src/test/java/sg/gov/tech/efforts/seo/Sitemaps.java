package sg.gov.tech.efforts.seo;

import sg.gov.tech.efforts.content.SiteContent;
import sg.gov.tech.efforts.model.Site;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The sitemap of any loaded site, made by a controller of its own, for tests comparing it with the served one. */
public final class Sitemaps {

	private Sitemaps() {
	}

	/**
	 * @param site a loaded site
	 * @param properties the public base URL and indexing setting
	 * @return the sitemap XML a deployment serving only that site sends
	 */
	public static String of(Site site, SeoProperties properties) {
		SiteContent content = mock(SiteContent.class);
		given(content.site()).willReturn(site);
		return new SitemapController(content, properties).sitemap().getBody();
	}

}
