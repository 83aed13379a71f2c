package sg.gov.tech.efforts.model;

import java.util.Optional;

/**
 * What lives at one canonical URL path of the site: a whole page, one section of a page, a list of a resource room's
 * posts, or the search page.
 */
public sealed interface Route permits Route.PageRoute, Route.SectionRoute, Route.ListingRoute, Route.SearchRoute {

	/** @return the canonical path */
	String path();

	/** @return the content file behind what lives here; empty for a generated list */
	Optional<Page> source();

	/**
	 * A whole page at its permalink.
	 * @param page the page
	 */
	record PageRoute(Page page) implements Route {

		@Override
		public String path() {
			return this.page.permalink();
		}

		@Override
		public Optional<Page> source() {
			return Optional.of(this.page);
		}

	}

	/**
	 * One section of a page at {@code {permalink}{slug}/}.
	 * @param page the page the section belongs to
	 * @param index the section's position in the page, from 0
	 */
	record SectionRoute(Page page, int index) implements Route {

		public Section section() {
			return this.page.sections().get(this.index);
		}

		@Override
		public String path() {
			return this.page.urlOf(section());
		}

		@Override
		public Optional<Page> source() {
			return Optional.of(this.page);
		}

	}

	/**
	 * One page of a resource room's list of posts: all of them or one category's, of every year or of one.
	 * @param room the resource room
	 * @param selection which posts the list shows
	 * @param number the list page, from 1
	 */
	record ListingRoute(ResourceRoom room, ResourceRoom.Selection selection, int number) implements Route {

		@Override
		public String path() {
			return this.room.pageUrl(this.selection, this.number);
		}

		@Override
		public Optional<Page> source() {
			return Optional.empty();
		}

	}

	/**
	 * A page with Isomer's {@code layout: search}: the site's own search page answers there.
	 * @param page the page
	 */
	record SearchRoute(Page page) implements Route {

		@Override
		public String path() {
			return this.page.permalink();
		}

		@Override
		public Optional<Page> source() {
			return Optional.of(this.page);
		}

	}

}
