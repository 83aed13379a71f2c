package sg.gov.tech.efforts.site;

import java.util.List;

/**
 * A whole content page as its template shows it.
 *
 * @param title the page title, its only {@code h1}
 * @param description the meta description
 * @param introHtml the body before the first section
 * @param sections the sections, each with its anchor, own URL and content
 * @param breadcrumb the trail from Home to this page
 */
public record PageView(String title, String description, String introHtml, List<SectionView.Summary> sections,
		List<NavLink> breadcrumb) {
}
