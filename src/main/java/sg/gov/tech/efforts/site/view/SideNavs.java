package sg.gov.tech.efforts.site.view;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.Site;

/**
 * A page's side navigation: the pages of its collection's sub-folder (titled by their {@code third_nav_title}), or
 * for a page at its collection's top level the collection's pages and groups; for {@code leftnav-page-content} the
 * page's own headings. Pages outside collections, and {@code simple-page}s, have none.
 */
final class SideNavs {

	private SideNavs() {
	}

	static SideNav of(Site site, Page page) {
		if (page.layout() == Layout.SIMPLE_PAGE) {
			return SideNav.NONE;
		}
		if (page.layout() == Layout.LEFTNAV_PAGE_CONTENT) {
			return new SideNav(page.title(), page.sections().stream()
				.map((section) -> NavLink.to(section.title(), "#" + section.slug()))
				.toList());
		}
		Optional<PageCollection> collection = site.collection(page.placement().collection());
		if (collection.isEmpty()) {
			return SideNav.NONE;
		}
		Optional<PageCollection.Group> group = collection.get().group(page.placement().group());
		if (group.isPresent()) {
			return new SideNav(group.get().title(), links(group.get().pages(), page));
		}
		List<NavLink> links = collection.get().entries().stream()
			.map((entry) -> (entry instanceof PageCollection.Group other)
					? NavLink.to(other.title(), other.first().permalink())
					: new NavLink(entry.first().frontMatter().crumb(), entry.first().permalink(), entry.first() == page))
			.toList();
		return new SideNav(collection.get().title(), links);
	}

	/** The pages of a collection in reading order, to step through them with previous and next. */
	static List<Page> readingOrder(Site site, Page page) {
		return site.collection(page.placement().collection())
			.map((collection) -> collection.entries().stream()
				.flatMap((entry) -> (entry instanceof PageCollection.Group group) ? group.pages().stream()
						: Stream.of(entry.first()))
				.toList())
			.orElse(List.of());
	}

	private static List<NavLink> links(List<Page> pages, Page current) {
		return pages.stream()
			.map((page) -> new NavLink(page.frontMatter().crumb(), page.permalink(), page == current))
			.toList();
	}

}
