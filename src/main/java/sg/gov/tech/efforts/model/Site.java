package sg.gov.tech.efforts.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the site serves, loaded at once and never changed: the settings, the pages, the collections and
 * resource rooms they form, the URL of everything that has one, and the problems the load found.
 */
public final class Site {

	/** Where a Jekyll site keeps its own not-found page ({@code permalink: /404.html}), as its hosts look for it. */
	public static final String NOT_FOUND_PATH = "/404.html";

	private final SiteSettings settings;

	private final List<Page> pages;

	private final List<PageCollection> collections;

	private final List<ResourceRoom> rooms;

	/** Routes by {@link #key(String)}, so a path in another letter case or slash form still finds its canonical one. */
	private final Map<String, Route> routes;

	private final Instant lastModified;

	private final boolean preview;

	private final List<ContentProblem> warnings;

	private final List<ContentProblem> errors;

	private final Set<String> files;

	private final ImageCatalog images;

	public Site(SiteSettings settings, List<Page> pages) {
		this(settings, pages, false, List.of());
	}

	public Site(SiteSettings settings, List<Page> pages, boolean preview, List<ContentProblem> warnings) {
		this(settings, pages, List.of(), List.of(), Set.of(), preview, warnings, List.of());
	}

	/**
	 * @param settings the site-wide settings
	 * @param pages every page
	 * @param collections the collections the pages form
	 * @param rooms the resource rooms
	 * @param files the site paths of the files visitors may fetch as they are ({@code /images/logo.png})
	 * @param preview whether editor notes are shown
	 * @param warnings what editors should look at, though it can be served
	 * @param errors what could not be served as written (files left out, ...)
	 * @throws ContentException when two things would share one URL
	 */
	public Site(SiteSettings settings, List<Page> pages, List<PageCollection> collections,
			List<ResourceRoom> rooms, Set<String> files, boolean preview, List<ContentProblem> warnings,
			List<ContentProblem> errors) {
		this(settings, pages, collections, rooms, files, ImageCatalog.NONE, preview, warnings, errors);
	}

	/**
	 * @param settings the site-wide settings
	 * @param pages every page
	 * @param collections the collections the pages form
	 * @param rooms the resource rooms
	 * @param files the site paths of the files visitors may fetch as they are ({@code /images/logo.png})
	 * @param images the site's own raster images, with their sizes and versions
	 * @param preview whether editor notes are shown
	 * @param warnings what editors should look at, though it can be served
	 * @param errors what could not be served as written (files left out, ...)
	 * @throws ContentException when two things would share one URL
	 */
	public Site(SiteSettings settings, List<Page> pages, List<PageCollection> collections,
			List<ResourceRoom> rooms, Set<String> files, ImageCatalog images, boolean preview,
			List<ContentProblem> warnings, List<ContentProblem> errors) {
		this.settings = settings;
		this.images = images;
		this.files = Set.copyOf(files);
		this.preview = preview;
		this.warnings = List.copyOf(warnings);
		this.errors = List.copyOf(errors);
		this.pages = pages.stream().sorted(Comparator.comparing(Page::permalink)).toList();
		this.collections = List.copyOf(collections);
		this.rooms = List.copyOf(rooms);
		Map<String, Route> routes = new LinkedHashMap<>();
		for (Page page : this.pages) {
			add(routes, (page.layout() == Layout.SEARCH) ? new Route.SearchRoute(page) : new Route.PageRoute(page));
			if (page.sectionPages()) {
				for (int i = 0; i < page.sections().size(); i++) {
					add(routes, new Route.SectionRoute(page, i));
				}
			}
		}
		for (ResourceRoom room : this.rooms) {
			room.selections().forEach((selection) -> addListings(routes, room, selection));
		}
		this.routes = Map.copyOf(routes);
		this.lastModified = this.pages.stream().map(Page::lastModified).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
	}

	private static void addListings(Map<String, Route> routes, ResourceRoom room, ResourceRoom.Selection selection) {
		for (int number = 1; number <= room.pageCount(selection); number++) {
			Route listing = new Route.ListingRoute(room, selection, number);
			// a page an editor wrote at the list's URL (news/index.md) takes its place
			routes.putIfAbsent(key(listing.path()), listing);
		}
	}

	private static void add(Map<String, Route> routes, Route route) {
		Route existing = routes.putIfAbsent(key(route.path()), route);
		if (existing != null) {
			Page page = route.source().orElseThrow();
			int line = (route instanceof Route.SectionRoute section) ? section.section().line() : 2;
			String taker = existing.source().map(Page::source).orElse("a list of posts");
			throw new ContentException(page.source(), line, "its URL " + route.path() + " is already taken by "
					+ taker + ": give one of them another permalink or heading");
		}
	}

	/**
	 * @param path a URL path
	 * @return the form under which it is looked up: lower case, without a trailing slash (but "/" itself)
	 */
	public static String key(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return (lower.length() > 1 && lower.endsWith("/")) ? lower.substring(0, lower.length() - 1) : lower;
	}

	public SiteSettings settings() {
		return this.settings;
	}

	public List<Page> pages() {
		return this.pages;
	}

	/** @return the collections, in the order the navigation names them first */
	public List<PageCollection> collections() {
		return this.collections;
	}

	/** @return the collection of that name */
	public Optional<PageCollection> collection(String name) {
		return this.collections.stream().filter((collection) -> collection.name().equals(name)).findFirst();
	}

	public List<ResourceRoom> rooms() {
		return this.rooms;
	}

	/** @return the site paths of the files visitors may fetch as they are ({@code /images/logo.png}) */
	public Set<String> files() {
		return this.files;
	}

	/** @return the site's own raster images, with their sizes and versions */
	public ImageCatalog images() {
		return this.images;
	}

	/** @return whether a path, decoded, names one of those files */
	public boolean hasFile(String path) {
		return this.files.contains(path);
	}

	/** @return every route, each once, in no particular order */
	public Collection<Route> routes() {
		return this.routes.values();
	}

	/** @return when the newest content file last changed: the site's "Last updated" date */
	public Instant lastModified() {
		return this.lastModified;
	}

	/** @return whether editor notes are shown, for editors checking content before it goes public */
	public boolean preview() {
		return this.preview;
	}

	/** @return what editors should look at, though the content can be served (images without alt text, ...) */
	public List<ContentProblem> warnings() {
		return this.warnings;
	}

	/** @return what could not be served as written: files left out, links that lead nowhere, ... */
	public List<ContentProblem> errors() {
		return this.errors;
	}

	/**
	 * Finds what lives at a path, forgiving a trailing slash (present or missing) and another letter case: compare
	 * the route's {@link Route#path()} with the request to know whether to redirect.
	 * @param path the request path, decoded
	 * @return the route
	 * @throws PageNotFoundException when nothing lives there
	 */
	public Route route(String path) {
		Route route = this.routes.get(key(path));
		if (route == null) {
			throw new PageNotFoundException(path);
		}
		return route;
	}

	/** @return the site's own not-found page, at {@link #NOT_FOUND_PATH}; empty when it has none */
	public Optional<Page> notFoundPage() {
		Route route = this.routes.get(key(NOT_FOUND_PATH));
		return (route instanceof Route.PageRoute pageRoute && route.path().equals(NOT_FOUND_PATH))
				? Optional.of(pageRoute.page()) : Optional.empty();
	}

	/** @return whether a page is the site's own not-found page, which search engines and site search leave out */
	public boolean isNotFoundPage(Page page) {
		return page.permalink().equals(NOT_FOUND_PATH) && notFoundPage().map(page::equals).orElse(false);
	}

	/**
	 * The page at a permalink.
	 * @param permalink the page's permalink, exactly
	 * @return the page
	 * @throws PageNotFoundException when no page has that permalink
	 */
	public Page page(String permalink) {
		Route route = route(permalink);
		if (!(route instanceof Route.PageRoute pageRoute) || !route.path().equals(permalink)) {
			throw new PageNotFoundException(permalink);
		}
		return pageRoute.page();
	}

}
