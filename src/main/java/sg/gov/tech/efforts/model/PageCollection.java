package sg.gov.tech.efforts.model;

import java.util.List;
import java.util.Optional;

/**
 * A collection ({@code _about-us/}): its pages in the order editors gave them, top-level pages and the
 * groups of its sub-folders, each group sharing one side navigation.
 *
 * @param name the folder's name without its underscore ({@code about-us})
 * @param title its title in breadcrumbs and side navigation
 * @param entries its top-level pages and groups, in order
 */
public record PageCollection(String name, String title, List<Entry> entries) {

	public PageCollection {
		entries = List.copyOf(entries);
	}

	/** A top-level page, or a sub-folder's group of pages. */
	public sealed interface Entry permits PageEntry, Group {

		/** @return the first page the entry leads to */
		Page first();

	}

	/**
	 * A page at the collection's top level.
	 * @param page the page
	 */
	public record PageEntry(Page page) implements Entry {

		@Override
		public Page first() {
			return this.page;
		}

	}

	/**
	 * The pages of one sub-folder.
	 *
	 * @param name the sub-folder
	 * @param title its title: its pages' {@code third_nav_title}, or the folder's name
	 * @param pages its pages, in order
	 */
	public record Group(String name, String title, List<Page> pages) implements Entry {

		public Group {
			pages = List.copyOf(pages);
		}

		@Override
		public Page first() {
			return this.pages.get(0);
		}

	}

	/** @return the first page of the collection, where a link to the collection leads */
	public Page first() {
		return this.entries.get(0).first();
	}

	/** @return the group of that sub-folder */
	public Optional<Group> group(String name) {
		return this.entries.stream()
			.filter((entry) -> entry instanceof Group group && group.name().equals(name))
			.map(Group.class::cast)
			.findFirst();
	}

}
