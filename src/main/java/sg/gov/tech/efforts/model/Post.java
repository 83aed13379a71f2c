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
 * @param external whether it leads away from the site's pages (a file or a link), so lists say so
 * @param source the file it comes from
 */
public record Post(String title, LocalDate date, String category, String description, Url image, Url url,
		boolean external, String source) {
}
