package sg.gov.tech.efforts.site.view;

/**
 * A link in the breadcrumb, the table of contents, the side navigation or a pager.
 *
 * @param title the visible text
 * @param url where it goes; {@code null} for a breadcrumb step that has no page of its own
 * @param current whether it is the page being shown, marked {@code aria-current="page"}
 */
public record NavLink(String title, String url, boolean current) {

	public static NavLink to(String title, String url) {
		return new NavLink(title, url, false);
	}

}
