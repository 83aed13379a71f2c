package sg.gov.tech.efforts.site.view;

import java.util.List;

/**
 * The side navigation of a page: the pages of its collection group, or of its collection, or its own headings.
 *
 * @param title its heading
 * @param links its links, the current page marked
 */
public record SideNav(String title, List<NavLink> links) {

	/** No side navigation. */
	public static final SideNav NONE = new SideNav("", List.of());

	public SideNav {
		links = List.copyOf(links);
	}

	public boolean present() {
		return !this.links.isEmpty();
	}

}
