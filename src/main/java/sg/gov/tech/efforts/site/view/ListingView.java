package sg.gov.tech.efforts.site.view;

import java.util.List;

import sg.gov.tech.efforts.model.Url;

/**
 * One page of a resource room's list of posts.
 *
 * @param title the room's title, or its category's
 * @param description the meta description
 * @param breadcrumb the trail from Home to this list
 * @param categories "All" and each category, the one listed marked
 * @param posts the posts on this page, newest first
 * @param pages a link to each page of the list, this one marked
 * @param previous the page before; {@code null} on the first
 * @param next the page after; {@code null} on the last
 */
public record ListingView(String title, String description, List<NavLink> breadcrumb, List<NavLink> categories,
		List<PostCard> posts, List<NavLink> pages, NavLink previous, NavLink next) {

	public ListingView {
		categories = List.copyOf(categories);
		posts = List.copyOf(posts);
		pages = List.copyOf(pages);
	}

	/**
	 * A post as lists show it.
	 *
	 * @param title its title
	 * @param url where it leads
	 * @param external whether that is a file or another site
	 * @param date its date for people
	 * @param dateIso its date as yyyy-mm-dd
	 * @param category its category's name
	 * @param description its summary
	 * @param image its picture; empty for none
	 */
	public record PostCard(String title, Url url, boolean external, String date, String dateIso, String category,
			String description, Url image) {
	}

}
