package sg.gov.tech.efforts.model;

import java.util.Locale;
import java.util.Optional;

/** The layouts a page may ask for, as Isomer names them in {@code layout:}. */
public enum Layout {

	/** Content with the side navigation of its collection group, if it has one. */
	PAGE("page"),

	/** Content alone, without any side navigation. */
	SIMPLE_PAGE("simple-page"),

	/** Content with a side navigation of its own headings. */
	LEFTNAV_PAGE_CONTENT("leftnav-page-content"),

	/** A resource-room post: its date and category above the content. */
	POST("post"),

	/** The contact page: addresses, opening hours and contacts from the site's data. */
	CONTACT_US("contact_us"),

	/** The site's search page. */
	SEARCH("search"),

	/** The homepage, built from its front matter's sections. */
	HOMEPAGE("homepage");

	private final String written;

	Layout(String written) {
		this.written = written;
	}

	/** @return the name editors write in front matter */
	public String written() {
		return this.written;
	}

	/**
	 * @param written a {@code layout:} value
	 * @return the layout it names, if any ({@code leftnav-page} and {@code contact-us} are older names)
	 */
	public static Optional<Layout> named(String written) {
		String name = written.strip().toLowerCase(Locale.ROOT);
		if (name.equals("leftnav-page") || name.equals("default")) {
			return Optional.of(PAGE);
		}
		if (name.equals("contact-us")) {
			return Optional.of(CONTACT_US);
		}
		for (Layout layout : values()) {
			if (layout.written.equals(name)) {
				return Optional.of(layout);
			}
		}
		return Optional.empty();
	}

}
