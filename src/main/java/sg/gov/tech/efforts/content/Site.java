package sg.gov.tech.efforts.content;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the site serves, loaded at once and never changed: the settings, the pages and the URL of every page
 * and section.
 */
public final class Site {

	private final SiteSettings settings;

	private final List<Page> pages;

	/** Routes by lower-cased path, so a path in another letter case still finds its canonical form. */
	private final Map<String, Route> routes;

	private final Instant lastModified;

	private final boolean preview;

	private final List<ContentProblem> warnings;

	Site(SiteSettings settings, List<Page> pages) {
		this(settings, pages, false, List.of());
	}

	Site(SiteSettings settings, List<Page> pages, boolean preview, List<ContentProblem> warnings) {
		this.settings = settings;
		this.preview = preview;
		this.warnings = List.copyOf(warnings);
		this.pages = pages.stream().sorted(Comparator.comparing(Page::permalink)).toList();
		Map<String, Route> routes = new LinkedHashMap<>();
		for (Page page : this.pages) {
			add(routes, new Route.PageRoute(page));
			for (int i = 0; i < page.sections().size(); i++) {
				add(routes, new Route.SectionRoute(page, i));
			}
		}
		this.routes = Map.copyOf(routes);
		this.lastModified = this.pages.stream().map(Page::lastModified).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
	}

	private static void add(Map<String, Route> routes, Route route) {
		Route existing = routes.putIfAbsent(key(route.path()), route);
		if (existing != null) {
			Page page = route.page();
			int line = (route instanceof Route.SectionRoute section) ? section.section().line() : 2;
			throw new ContentException(page.source(), line, "its URL " + route.path() + " is already taken by "
					+ existing.page().source() + ": give one of them another permalink or heading");
		}
	}

	private static String key(String path) {
		return path.toLowerCase(Locale.ROOT);
	}

	public SiteSettings settings() {
		return this.settings;
	}

	public List<Page> pages() {
		return this.pages;
	}

	/** @return every page and section route, each once, in no particular order */
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

	/**
	 * Finds what lives at a path, forgiving a missing trailing slash and another letter case: compare the route's
	 * {@link Route#path()} with the request to know whether to redirect.
	 * @param path the request path
	 * @return the route
	 * @throws PageNotFoundException when nothing lives there
	 */
	public Route route(String path) {
		String withSlash = path.endsWith("/") ? path : path + "/";
		Route route = this.routes.get(key(withSlash));
		if (route == null) {
			throw new PageNotFoundException(path);
		}
		return route;
	}

	/**
	 * The page at a permalink.
	 * @param permalink the page's permalink, exactly
	 * @return the page
	 * @throws PageNotFoundException when no page has that permalink
	 */
	public Page page(String permalink) {
		Route route = route(permalink);
		if (!(route instanceof Route.PageRoute) || !route.path().equals(permalink)) {
			throw new PageNotFoundException(permalink);
		}
		return route.page();
	}

}
