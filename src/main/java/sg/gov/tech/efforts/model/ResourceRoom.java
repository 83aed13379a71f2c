package sg.gov.tech.efforts.model;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource room (news, media): a folder whose category sub-folders hold {@code _posts/}. It lists its posts newest
 * first at {@link #url()}, each category's at its own URL, and each year's of either below it ({@code /news/2024/}),
 * a page of {@code perPage} posts at a time.
 *
 * @param name the room's folder ({@code news})
 * @param title its title in headings and breadcrumbs: its {@code index.html}'s, else the navigation's
 * @param url where its list lives ({@code /news/})
 * @param description what its list is, for search engines; empty for none
 * @param categories its categories, in the order Isomer shows them
 * @param posts every post, newest first
 * @param perPage how many posts one list page shows
 */
public record ResourceRoom(String name, String title, String url, String description, List<Category> categories,
		List<Post> posts, int perPage) {

	public ResourceRoom {
		categories = List.copyOf(categories);
		posts = List.copyOf(posts);
	}

	/**
	 * One category of a resource room.
	 *
	 * @param name its folder ({@code --press-releases})
	 * @param title its name on tabs, cards and menus, from its folder ({@code Press Releases})
	 * @param url its own list ({@code /news/--press-releases/})
	 * @param heading what its list is called: its {@code index.html}'s title, else {@code title}
	 * @param description what its list is, for search engines; empty for none
	 * @param colour which of the site's five media colours its cards wear, from 1
	 */
	public record Category(String name, String title, String url, String heading, String description, int colour) {
	}

	/**
	 * Which posts one list shows.
	 *
	 * @param category the category listed; empty for every post
	 * @param year the year listed; empty for every year, newest first (Isomer's "Recent")
	 */
	public record Selection(Optional<Category> category, Optional<Year> year) {

		/** Every post of the room, newest first. */
		public static final Selection ALL = new Selection(Optional.empty(), Optional.empty());

		public static Selection of(Category category) {
			return new Selection(Optional.of(category), Optional.empty());
		}

		public Selection inYear(Year year) {
			return new Selection(this.category, Optional.of(year));
		}

		public Selection everyYear() {
			return new Selection(this.category, Optional.empty());
		}

	}

	/** @return the posts a list shows, newest first */
	public List<Post> posts(Selection selection) {
		return this.posts.stream()
			.filter((post) -> selection.category().map((only) -> post.category().equals(only.name())).orElse(true))
			.filter((post) -> selection.year().map((year) -> post.date() != null && post.date().getYear() == year.getValue())
				.orElse(true))
			.toList();
	}

	/** @return how many pages a list needs, at least one */
	public int pageCount(Selection selection) {
		return Math.max(1, (posts(selection).size() + this.perPage - 1) / this.perPage);
	}

	/** @return the URL of a list's first page: the room's or category's, then its year's folder */
	public String url(Selection selection) {
		String base = selection.category().map(Category::url).orElse(this.url);
		return selection.year().map((year) -> base + year + "/").orElse(base);
	}

	/** @return the URL of one list page: the list's own URL for the first, {@code page2/} and so on after it */
	public String pageUrl(Selection selection, int number) {
		String base = url(selection);
		return (number <= 1) ? base : base + "page" + number + "/";
	}

	/** @return the years a category (or, when empty, the whole room) has posts in, newest first */
	public List<Year> years(Optional<Category> category) {
		return posts(new Selection(category, Optional.empty())).stream()
			.map(Post::date)
			.filter(Objects::nonNull)
			.map((date) -> Year.of(date.getYear()))
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/** @return every list the room has: all posts and each category's, each of every year and of each year */
	public List<Selection> selections() {
		List<Selection> selections = new ArrayList<>();
		List<Optional<Category>> lists = new ArrayList<>(List.of(Optional.empty()));
		this.categories.forEach((category) -> lists.add(Optional.of(category)));
		for (Optional<Category> category : lists) {
			Selection everyYear = new Selection(category, Optional.empty());
			selections.add(everyYear);
			years(category).forEach((year) -> selections.add(everyYear.inYear(year)));
		}
		return selections;
	}

	/** @return the category of that name */
	public Optional<Category> category(String name) {
		return this.categories.stream().filter((category) -> category.name().equals(name)).findFirst();
	}

}
