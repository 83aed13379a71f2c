package sg.gov.tech.efforts.site.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import sg.gov.tech.efforts.model.Footer;
import sg.gov.tech.efforts.model.NavItem;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;

/**
 * What every page's masthead, header and footer show, error pages included.
 *
 * @param siteName the site's name
 * @param homeUrl where the site name links
 * @param logo the agency's logo, shown instead of the name; empty for none
 * @param favicon the site's own icon; empty for the built-in one
 * @param navigation the header's entries
 * @param footer the footer's links
 * @param copyright the copyright holder
 * @param year the year of the copyright notice
 * @param preview whether the site is an editors' preview, shown with a "Preview" banner and kept out of search engines
 * @param brandStylesheet where the site's colours are served, {@code /assets/brand/<hash>.css}
 * @param government whether the government masthead is shown
 * @param sitemap the footer's sitemap columns: {@code footer.yml}'s own, else the header's entries
 */
public record Chrome(String siteName, String homeUrl, Url logo, Url favicon, List<NavItem> navigation,
		Footer footer, String copyright, int year, boolean preview, String brandStylesheet, boolean government,
		List<NavItem> sitemap) {

	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/**
	 * The chrome of a site's pages; each page says itself when it was last updated.
	 * @param site the site
	 * @param clock the site's clock, in Singapore time, whose year the copyright notice shows
	 * @return the chrome
	 */
	public static Chrome of(Site site, Clock clock) {
		return new Chrome(site.settings().name(), site.settings().home(), site.settings().logo(),
				site.settings().favicon(), site.settings().navigation(), site.settings().footer(),
				site.settings().copyright(), LocalDate.now(clock).getYear(), site.preview(),
				BrandStylesheet.of(site.settings().brand()).path(), site.settings().government(),
				site.settings().footer().sitemap().isEmpty() ? site.settings().navigation()
						: site.settings().footer().sitemap());
	}

}
