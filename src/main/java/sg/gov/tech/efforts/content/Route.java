package sg.gov.tech.efforts.content;

/** What lives at one canonical URL path of the site: a whole page, or one section of a page. */
public sealed interface Route permits Route.PageRoute, Route.SectionRoute {

	/** @return the canonical path, ending in {@code /} */
	String path();

	Page page();

	/**
	 * A whole page at its permalink.
	 * @param page the page
	 */
	record PageRoute(Page page) implements Route {

		@Override
		public String path() {
			return this.page.permalink();
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

	}

}
