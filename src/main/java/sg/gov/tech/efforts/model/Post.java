package sg.gov.tech.efforts.model;

import java.time.LocalDate;

/**
 * One entry of a resource room's lists: a post that is a page of its own, or a file or link posted there.
 *
 * @param title its title
 * @param date its date
 * @param category the category folder it sits in
 * @param description its summary; empty for none
 * @param image its picture, a site path or address; empty for none
 * @param url where it leads: the post's page, the file or the link
 * @param kind whether it is a page, a file to download or a link to another site, so lists say so
 * @param source the file it comes from
 */
public record Post(String title, LocalDate date, String category, String description, Url image, Url url,
		Kind kind, String source) {

	/** What a post leads to. */
	public enum Kind {

		/** A page of the site: the post itself. */
		PAGE,

		/** A file to download ({@code layout: file}, {@code file_url}). */
		FILE,

		/** Another site ({@code layout: link}). */
		LINK

	}

	/** @return whether it leads away from the site's pages (a file or a link) */
	public boolean external() {
		return this.kind != Kind.PAGE;
	}

}
