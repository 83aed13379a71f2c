package sg.gov.tech.efforts.site.view;

import java.util.List;

import sg.gov.tech.efforts.model.PageDetails;

/**
 * A whole content page as its template shows it.
 *
 * @param title the page title, its only {@code h1}
 * @param description the meta description
 * @param layout the layout's name ({@code page}, {@code simple-page}, {@code post}, ...)
 * @param introHtml the body before the first section (the whole body when sections are not pages)
 * @param sections the sections, each with its anchor, own URL and content
 * @param sectionPages whether each section is also a page of its own
 * @param breadcrumb the trail from Home to this page
 * @param sideNav the side navigation of its collection, or {@link SideNav#NONE}
 * @param post its date and category when it is a post, or {@link PostMeta#NONE}
 * @param previous the page before it in its collection; {@code null} for none
 * @param next the page after it in its collection; {@code null} for none
 * @param details what its layout shows besides the body (a contact page's addresses, a homepage's sections)
 */
public record PageView(String title, String description, String layout, String introHtml,
		List<SectionView.Summary> sections, boolean sectionPages, List<NavLink> breadcrumb, SideNav sideNav,
		PostMeta post, NavLink previous, NavLink next, PageDetails details) {

	public PageView {
		sections = List.copyOf(sections);
		breadcrumb = List.copyOf(breadcrumb);
	}

	/** @return whether the sidebar shows anything: a side navigation or an "On this page" list */
	public boolean hasSidebar() {
		return this.sideNav.present() || (!this.sections.isEmpty() && !this.layout.equals("simple-page"));
	}

}
