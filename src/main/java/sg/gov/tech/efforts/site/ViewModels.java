package sg.gov.tech.efforts.site;

import java.util.ArrayList;
import java.util.List;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Slugs;

/** Builds the view models of pages and sections from the loaded content. */
final class ViewModels {

	private ViewModels() {
	}

	static PageView page(Site site, Page page) {
		List<SectionView.Summary> sections = page.sections()
			.stream()
			.map((section) -> new SectionView.Summary(section.slug(), section.title(), page.urlOf(section),
					section.embeddedHtml()))
			.toList();
		return new PageView(page.title(), page.description(), page.introHtml(), sections,
				breadcrumb(site, page, null));
	}

	static SectionView section(Site site, Route.SectionRoute route) {
		Page page = route.page();
		Section current = route.section();
		List<NavLink> sideNav = page.sections()
			.stream()
			.map((section) -> new NavLink(section.title(), page.urlOf(section), section == current))
			.toList();
		int index = route.index();
		NavLink previous = (index > 0) ? sideNav.get(index - 1) : null;
		NavLink next = (index < sideNav.size() - 1) ? sideNav.get(index + 1) : null;
		String sideNavTitle = page.frontMatter().thirdNavTitle().isEmpty() ? page.title()
				: page.frontMatter().thirdNavTitle();
		String description = current.summary().isEmpty() ? page.description() : current.summary();
		return new SectionView(current.title(), description, current.html(), page.title(), page.permalink(),
				sideNavTitle, sideNav, previous, next, breadcrumb(site, page, current));
	}

	/**
	 * Home, then one step per folder of the permalink (a link where a page lives there), then the page, then the
	 * section when there is one; the last step is the current page.
	 */
	static List<NavLink> breadcrumb(Site site, Page page, Section section) {
		List<NavLink> trail = new ArrayList<>();
		trail.add(NavLink.to("Home", "/"));
		String[] segments = page.permalink().split("/");
		StringBuilder path = new StringBuilder("/");
		for (int i = 1; i < segments.length - 1; i++) {
			path.append(segments[i]).append('/');
			trail.add(folderStep(site, path.toString(), segments[i]));
		}
		if (section == null) {
			trail.add(new NavLink(page.title(), page.permalink(), true));
		}
		else {
			trail.add(NavLink.to(page.title(), page.permalink()));
			trail.add(new NavLink(section.title(), page.urlOf(section), true));
		}
		return trail;
	}

	private static NavLink folderStep(Site site, String path, String segment) {
		try {
			Page folderPage = site.page(path);
			return NavLink.to(folderPage.title(), path);
		}
		catch (PageNotFoundException ex) {
			return NavLink.to(Slugs.humanise(segment), null);
		}
	}

}
