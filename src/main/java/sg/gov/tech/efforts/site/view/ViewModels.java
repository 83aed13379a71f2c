package sg.gov.tech.efforts.site.view;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

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

	public static SectionView section(Site site, Route.SectionRoute route, SectionPages sectionPages) {
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
		return new SectionView(current.title(), description, sectionPages.html(current.embeddedHtml()), page.title(),
				page.permalink(),
				sideNavTitle, sideNav, previous, next, Breadcrumbs.of(site, page, current));
	}

	public static ListingView listing(Site site, Route.ListingRoute route) {
		ResourceRoom room = route.room();
		ResourceRoom.Selection selection = route.selection();
		Optional<ResourceRoom.Category> category = selection.category();
		List<Post> all = room.posts(selection);
		int from = (route.number() - 1) * room.perPage();
		List<ListingView.PostCard> cards = all.subList(Math.min(from, all.size()),
				Math.min(from + room.perPage(), all.size()))
			.stream()
			.map((post) -> card(room, post))
			.toList();
		List<NavLink> categories = new ArrayList<>();
		if (!room.categories().isEmpty()) {
			categories.add(new NavLink("All", room.url(), category.isEmpty()));
			room.categories().stream()
				.filter((each) -> category.map(each::equals).orElse(false)
						|| !room.posts(ResourceRoom.Selection.of(each)).isEmpty())
				.forEach((each) -> categories.add(new NavLink(each.title(), each.url(),
						category.map(each::equals).orElse(false))));
		}
		List<NavLink> years = new ArrayList<>();
		List<Year> withPosts = room.years(category);
		if (!withPosts.isEmpty()) {
			years.add(new NavLink("Recent", room.url(selection.everyYear()), selection.year().isEmpty()));
			withPosts.forEach((year) -> years.add(new NavLink(year.toString(), room.url(selection.inYear(year)),
					selection.year().map(year::equals).orElse(false))));
		}
		int count = room.pageCount(selection);
		List<NavLink> pages = pageLinks(count, route.number(), (number) -> room.pageUrl(selection, number));
		NavLink previous = (route.number() > 1) ? NavLink.to("Previous", room.pageUrl(selection, route.number() - 1))
				: null;
		NavLink next = (route.number() < count) ? NavLink.to("Next", room.pageUrl(selection, route.number() + 1)) : null;
		String title = category.map(ResourceRoom.Category::heading).orElse(room.title());
		String listed = title + selection.year().map((year) -> ", " + year).orElse("");
		String documentTitle = listed + ((count > 1) ? ", page " + route.number() + " of " + count : "");
		String written = category.map(ResourceRoom.Category::description).orElse(room.description());
		String counted = (all.isEmpty() ? "No posts yet" : all.size() + (all.size() == 1 ? " post" : " posts")) + " in "
				+ listed + ", newest first" + ((count > 1) ? " (page " + route.number() + " of " + count + ")" : "");
		String description = written.isEmpty() ? counted : written + ((count > 1) ? " Page " + route.number() + " of "
				+ count + "." : "");
		return new ListingView(title, documentTitle, description, Breadcrumbs.of(room, selection), categories, years,
				cards, pages, previous, next);
	}

	/** Pages on either side of the current one that a list of pages links to, besides the first and the last. */
	static final int NEAR_PAGES = 2;

	/**
	 * Links to the first and last pages and those near the current one, a gap (a link without URL) for the others:
	 * a room of a hundred pages does not list a hundred links.
	 * @param count how many pages there are
	 * @param current the page shown, from 1
	 * @param url the URL of a page by its number
	 * @return the links, the current one marked
	 */
	public static List<NavLink> pageLinks(int count, int current, IntFunction<String> url) {
		List<NavLink> links = new ArrayList<>();
		for (int number = 1; number <= count; number++) {
			boolean near = Math.abs(number - current) <= NEAR_PAGES;
			boolean end = number == 1 || number == count;
			// a gap of one page is that page itself
			boolean fillsGap = Math.abs(number - current) == NEAR_PAGES + 1 && (number == 2 || number == count - 1);
			if (near || end || fillsGap) {
				links.add(new NavLink(String.valueOf(number), url.apply(number), number == current));
			}
			else if (links.get(links.size() - 1).url() != null) {
				links.add(new NavLink("…", null, false));
			}
		}
		return links;
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
		Optional<ResourceRoom.Category> category = room.category(post.category());
		return new ListingView.PostCard(post.title(), post.url(), post.kind().name().toLowerCase(Locale.ROOT),
				(post.kind() == Post.Kind.FILE) ? fileType(post.url().text()) : "",
				(date != null) ? Chrome.DAY_MONTH_YEAR.format(date) : "", (date != null) ? date.toString() : "",
				category.map(ResourceRoom.Category::title).orElse(""),
				category.map(ResourceRoom.Category::colour).orElse(1), post.description(), post.image());
	}

	/** @return a file's type from its name's extension, as visitors know it ({@code PDF}); empty for none */
	private static String fileType(String url) {
		String path = url.replaceAll("[?#].*", "");
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1) : "";
		return extension.matches("[A-Za-z0-9]{1,5}") ? extension.toUpperCase(Locale.ROOT) : "";
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
