package sg.gov.tech.efforts.site;

/**
 * A link in the breadcrumb, the table of contents or the side navigation.
 *
 * @param title the visible text
 * @param url where it goes; {@code null} for a breadcrumb step that has no page of its own
 * @param current whether it is the page being shown, marked {@code aria-current="page"}
 */
public record NavLink(String title, String url, boolean current) {

	static NavLink to(String title, String url) {
		return new NavLink(title, url, false);
	}

}
