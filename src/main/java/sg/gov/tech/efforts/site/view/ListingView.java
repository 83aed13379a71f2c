package sg.gov.tech.efforts.site.view;

import java.util.List;

import sg.gov.tech.efforts.model.Url;

/**
 * One page of a resource room's list of posts.
 *
 * @param title the list's heading: its {@code index.html}'s title, the room's or its category's
 * @param documentTitle the title of the browser's tab: the heading, the year and page listed
 * @param description the meta description
 * @param breadcrumb the trail from Home to this list
 * @param categories "All" and each category with posts, the one listed marked
 * @param years "Recent" and each year with posts, the one listed marked
 * @param posts the posts on this page, newest first
 * @param pages a link to each page of the list, this one marked
 * @param previous the page before; {@code null} on the first
 * @param next the page after; {@code null} on the last
 */
public record ListingView(String title, String documentTitle, String description, List<NavLink> breadcrumb,
		List<NavLink> categories, List<NavLink> years, List<PostCard> posts, List<NavLink> pages, NavLink previous,
		NavLink next) {

	public ListingView {
		categories = List.copyOf(categories);
		years = List.copyOf(years);
		posts = List.copyOf(posts);
		pages = List.copyOf(pages);
	}

	/** @return the year listed, or "Recent" for every year */
	public String yearShown() {
		return this.years.stream().filter(NavLink::current).map(NavLink::title).findFirst().orElse("Recent");
	}

	/**
	 * A post as lists show it.
	 *
	 * @param title its title
	 * @param url where it leads
	 * @param kind {@code page}, {@code file} (a download) or {@code link} (another site)
	 * @param fileType the type of a file to download ({@code PDF}); empty when unknown or not a file
	 * @param date its date for people
	 * @param dateIso its date as yyyy-mm-dd
	 * @param category its category's name
	 * @param colour which of the site's media colours its card wears, from 1
	 * @param description its summary
	 * @param image its picture; empty for none
	 */
	public record PostCard(String title, Url url, String kind, String fileType, String date, String dateIso,
			String category, int colour, String description, Url image) {

		/** @return whether it leads to a file or another site rather than a page */
		public boolean external() {
			return !this.kind.equals("page");
		}

	}

}
