package sg.gov.tech.efforts.site.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Slugs;

/**
 * The trail from Home to a page: through its collection and group (each leading to its first page), through its
 * resource room and category for a post, else through the folders of its URL; the last step is the current page.
 */
final class Breadcrumbs {

	private Breadcrumbs() {
	}

	static List<NavLink> of(Site site, Page page, Section section) {
		List<NavLink> trail = new ArrayList<>();
		trail.add(NavLink.to("Home", "/"));
		if (page.permalink().equals("/")) {
			return List.of(new NavLink("Home", "/", true));
		}
		Optional<PageCollection> collection = site.collection(page.placement().collection());
		if (collection.isPresent()) {
			trail.add(NavLink.to(collection.get().title(), collection.get().first().permalink()));
			collection.get().group(page.placement().group())
				.filter((group) -> !group.first().equals(page) || group.pages().size() > 1)
				.ifPresent((group) -> trail.add(NavLink.to(group.title(), group.first().permalink())));
		}
		else if (page.details() instanceof PageDetails.PostDetails post) {
			site.rooms().stream().filter((room) -> room.name().equals(post.room())).findFirst().ifPresent((room) -> {
				trail.add(NavLink.to(room.title(), room.url()));
				room.category(post.category())
					.ifPresent((category) -> trail.add(NavLink.to(category.heading(), category.url())));
			});
		}
		else {
			String[] segments = page.permalink().split("/");
			StringBuilder path = new StringBuilder("/");
			for (int i = 1; i < segments.length - 1; i++) {
				path.append(segments[i]).append('/');
				trail.add(folderStep(site, path.toString(), segments[i]));
			}
		}
		if (section == null) {
			trail.add(new NavLink(page.frontMatter().crumb(), page.permalink(), true));
		}
		else {
			trail.add(NavLink.to(page.frontMatter().crumb(), page.permalink()));
			trail.add(new NavLink(section.title(), page.urlOf(section), true));
		}
		return trail;
	}

	/** Home, the room, the category and the year when one is listed; the last step is the list itself. */
	static List<NavLink> of(ResourceRoom room, ResourceRoom.Selection selection) {
		List<NavLink> trail = new ArrayList<>(List.of(NavLink.to("Home", "/"), NavLink.to(room.title(), room.url())));
		selection.category()
			.ifPresent((category) -> trail.add(NavLink.to(category.heading(), category.url())));
		selection.year().ifPresent((year) -> trail.add(NavLink.to(year.toString(), room.url(selection))));
		NavLink last = trail.remove(trail.size() - 1);
		trail.add(new NavLink(last.title(), last.url(), true));
		return trail;
	}

	private static NavLink folderStep(Site site, String path, String segment) {
		try {
			Page folderPage = site.page(path);
			return NavLink.to(folderPage.frontMatter().crumb(), path);
		}
		catch (PageNotFoundException ex) {
			return NavLink.to(Slugs.humanise(segment), null);
		}
	}

}
