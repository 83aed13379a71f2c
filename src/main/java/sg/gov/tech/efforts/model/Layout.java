package sg.gov.tech.efforts.model;

import java.util.Locale;
import java.util.Map;
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
	HOMEPAGE("homepage"),

	/** A resource room's page ({@code news/index.html}): its title over the room's list of posts. */
	RESOURCES("resources"),

	/** A category's page of a resource room ({@code news/speeches/index.html}): its title over the category's list. */
	RESOURCES_ALT("resources-alt"),

	/** The site's header and footer around the content as written, without a title band ({@code misc/404.html}). */
	SKELETON("skeleton");

	/** Other names of the same layouts in the theme: older spellings, and layouts that show the same. */
	private static final Map<String, Layout> ALIASES = Map.of("leftnav-page", PAGE, "contact-us", CONTACT_US,
			"default", SKELETON, "skeletal_page", SKELETON);

	/**
	 * The theme's other layouts (isomerpages-template's {@code _layouts/}), each shown as the nearest one here: they
	 * need Isomer's JavaScript, a data service, or front matter of their own that this site does not read.
	 */
	private static final Map<String, Layout> NEAREST = Map.ofEntries(Map.entry("blank", SKELETON),
			Map.entry("board-of-directors", PAGE), Map.entry("board-of-directors-leftnav", PAGE),
			Map.entry("datagovsg-search", PAGE), Map.entry("datagovsg-v2-search", PAGE),
			Map.entry("egazette", PAGE), Map.entry("egazette-manual", PAGE), Map.entry("egazette-search", PAGE),
			Map.entry("egazette-search-alt", PAGE), Map.entry("egazette-search-landing", PAGE),
			Map.entry("event", PAGE), Map.entry("events", PAGE), Map.entry("events-listing", PAGE),
			Map.entry("initiatives", PAGE), Map.entry("isomer-landing-page", PAGE), Map.entry("our-journey", PAGE),
			Map.entry("our-team", PAGE), Map.entry("what-we-do", PAGE), Map.entry("who-we-are", PAGE));

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
	 * @return the layout it names, if any (older names and the theme's layouts that show the same included)
	 */
	public static Optional<Layout> named(String written) {
		String name = normalise(written);
		Layout alias = ALIASES.get(name);
		if (alias != null) {
			return Optional.of(alias);
		}
		for (Layout layout : values()) {
			if (layout.written.equals(name)) {
				return Optional.of(layout);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param written a {@code layout:} value
	 * @return the layout that comes nearest to one of the theme's that this site does not render; empty for a name
	 * the theme does not have (or one {@link #named(String)} knows)
	 */
	public static Optional<Layout> nearest(String written) {
		return Optional.ofNullable(NEAREST.get(normalise(written)));
	}

	private static String normalise(String written) {
		return written.strip().toLowerCase(Locale.ROOT);
	}

}
