package sg.gov.tech.efforts.site.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import sg.gov.tech.efforts.body.SectionPages;
import sg.gov.tech.efforts.model.HomeSection;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;

/** Builds the view models of pages, sections and lists from the loaded content. */
public final class ViewModels {

	private ViewModels() {
	}

	public static PageView page(Site site, Page page) {
		List<SectionView.Summary> sections = page.sections()
			.stream()
			.map((section) -> new SectionView.Summary(section.slug(), section.title(), page.urlOf(section),
					section.embeddedHtml()))
			.toList();
		List<Page> order = SideNavs.readingOrder(site, page);
		int at = order.indexOf(page);
		NavLink previous = (at > 0) ? NavLink.to(order.get(at - 1).title(), order.get(at - 1).permalink()) : null;
		NavLink next = (at >= 0 && at < order.size() - 1)
				? NavLink.to(order.get(at + 1).title(), order.get(at + 1).permalink()) : null;
		return new PageView(page.title(), page.description(), page.layout().written(), page.introHtml(), sections,
				page.sectionPages(), Breadcrumbs.of(site, page, null), SideNavs.of(site, page), postMeta(site, page),
				previous, next, page.details());
	}

	public static SectionView section(Site site, Route.SectionRoute route) {
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
		return new SectionView(current.title(), description, SectionPages.html(current.embeddedHtml()), page.title(),
				page.permalink(),
				sideNavTitle, sideNav, previous, next, Breadcrumbs.of(site, page, current));
	}

	public static ListingView listing(Site site, Route.ListingRoute route) {
		ResourceRoom room = route.room();
		Optional<ResourceRoom.Category> category = route.category();
		List<Post> all = room.posts(category);
		int from = (route.number() - 1) * room.perPage();
		List<ListingView.PostCard> cards = all.subList(Math.min(from, all.size()),
				Math.min(from + room.perPage(), all.size()))
			.stream()
			.map((post) -> card(room, post))
			.toList();
		List<NavLink> categories = new ArrayList<>();
		if (!room.categories().isEmpty()) {
			categories.add(new NavLink("All", room.url(), category.isEmpty()));
			room.categories().forEach((each) -> categories.add(new NavLink(each.title(), each.url(),
					category.map((listed) -> listed.equals(each)).orElse(false))));
		}
		int count = room.pageCount(category);
		List<NavLink> pages = IntStream.rangeClosed(1, count)
			.mapToObj((number) -> new NavLink(String.valueOf(number), room.pageUrl(category, number),
					number == route.number()))
			.toList();
		NavLink previous = (route.number() > 1) ? pages.get(route.number() - 2) : null;
		NavLink next = (route.number() < count) ? pages.get(route.number()) : null;
		String title = category.map(ResourceRoom.Category::title).orElse(room.title());
		String description = (all.isEmpty() ? "No posts yet" : all.size() + (all.size() == 1 ? " post" : " posts"))
				+ " in " + title + ", newest first" + ((count > 1) ? " (page " + route.number() + " of " + count + ")" : "");
		return new ListingView(title, description, Breadcrumbs.of(room, category), categories, cards, pages,
				previous, next);
	}

	/** The cards of a homepage's "latest posts" section; none for other pages. */
	public static List<ListingView.PostCard> latestCards(Site site, PageView page) {
		if (!(page.details() instanceof PageDetails.HomepageDetails home)) {
			return List.of();
		}
		return home.sections().stream()
			.filter(HomeSection.Resources.class::isInstance)
			.map(HomeSection.Resources.class::cast)
			.findFirst()
			.map((latest) -> latest.posts().stream()
				.map((post) -> site.rooms().stream()
					.filter((room) -> room.url().equals(latest.action().url().text()))
					.findFirst()
					.map((room) -> card(room, post))
					.orElseThrow())
				.toList())
			.orElse(List.of());
	}

	private static ListingView.PostCard card(ResourceRoom room, Post post) {
		LocalDate date = post.date();
		String category = room.category(post.category()).map(ResourceRoom.Category::title).orElse("");
		return new ListingView.PostCard(post.title(), post.url(), post.external(),
				(date != null) ? Chrome.DAY_MONTH_YEAR.format(date) : "", (date != null) ? date.toString() : "",
				category, post.description(), post.image());
	}

	private static PostMeta postMeta(Site site, Page page) {
		if (!(page.details() instanceof PageDetails.PostDetails post) || post.date() == null) {
			return PostMeta.NONE;
		}
		Optional<ResourceRoom.Category> category = site.rooms().stream()
			.filter((room) -> room.name().equals(post.room()))
			.findFirst()
			.flatMap((room) -> room.category(post.category()));
		return new PostMeta(Chrome.DAY_MONTH_YEAR.format(post.date()), post.date().toString(),
				category.map(ResourceRoom.Category::title).orElse(""),
				category.map(ResourceRoom.Category::url).orElse(""));
	}

}
