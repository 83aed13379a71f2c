package sg.gov.tech.efforts.site.view;

import java.util.List;

/**
 * One section shown as a page of its own.
 *
 * @param title the section title, the page's {@code h1}
 * @param description the meta description: the section's opening text
 * @param html the section's content
 * @param pageTitle the title of the page the section belongs to
 * @param pageUrl that page's URL
 * @param sideNavTitle the side navigation's heading (the page's {@code third_nav_title})
 * @param sideNav every section of the page, the current one marked
 * @param previous the section before, or {@code null} on the first
 * @param next the section after, or {@code null} on the last
 * @param breadcrumb the trail from Home to this section
 */
public record SectionView(String title, String description, String html, String pageTitle, String pageUrl,
		String sideNavTitle, List<NavLink> sideNav, NavLink previous, NavLink next, List<NavLink> breadcrumb) {

	/**
	 * A section as the whole page lists it.
	 * @param slug its anchor
	 * @param title its heading
	 * @param url its own page
	 * @param html its content inside the whole page
	 */
	public record Summary(String slug, String title, String url, String html) {
	}

}
