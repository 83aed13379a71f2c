package sg.gov.tech.efforts.model;

import java.util.List;
import java.util.Optional;

/**
 * A resource room (news, media): a folder whose category sub-folders hold {@code _posts/}. It lists its posts newest
 * first at {@link #url()}, and each category's at its own URL, a page of {@code perPage} posts at a time.
 *
 * @param name the room's folder ({@code news})
 * @param title its title in headings and breadcrumbs
 * @param url where its list lives ({@code /news/})
 * @param categories its categories, in the order Isomer shows them
 * @param posts every post, newest first
 * @param perPage how many posts one list page shows
 */
public record ResourceRoom(String name, String title, String url, List<Category> categories, List<Post> posts,
		int perPage) {

	public ResourceRoom {
		categories = List.copyOf(categories);
		posts = List.copyOf(posts);
	}

	/**
	 * One category of a resource room.
	 *
	 * @param name its folder ({@code --press-releases})
	 * @param title its name for visitors ({@code Press Releases})
	 * @param url its own list ({@code /news/--press-releases/})
	 */
	public record Category(String name, String title, String url) {
	}

	/** @return the posts of one category, newest first; every post when empty */
	public List<Post> posts(Optional<Category> category) {
		return category.map((only) -> this.posts.stream().filter((post) -> post.category().equals(only.name())).toList())
			.orElse(this.posts);
	}

	/** @return how many list pages a category (or, when empty, the whole room) needs, at least one */
	public int pageCount(Optional<Category> category) {
		return Math.max(1, (posts(category).size() + this.perPage - 1) / this.perPage);
	}

	/** @return the URL of one list page: the list's own URL for the first, {@code page2/} and so on after it */
	public String pageUrl(Optional<Category> category, int number) {
		String base = category.map(Category::url).orElse(this.url);
		return (number <= 1) ? base : base + "page" + number + "/";
	}

	/** @return the category of that name */
	public Optional<Category> category(String name) {
		return this.categories.stream().filter((category) -> category.name().equals(name)).findFirst();
	}

}
