package sg.gov.tech.efforts.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.view.BrandStylesheet;

/**
 * The rendered pages of one loaded site, made when first asked for (or by the warm-up after a load) and kept within a
 * byte budget, least recently used first out. A page whose template model is the same as in the site served before
 * keeps its bytes, so a reload renders only what changed; every page comes from this one site, never a mix.
 */
public final class PageStore {

	/** Renders what lives at a route: builds its template model, and the page from that model. */
	interface Pages {

		/** @return everything the page's bytes depend on */
		Map<String, Object> model(Site site, Route route);

		RenderedPage render(Site site, Route route, Map<String, Object> model);

		RenderedPage stylesheet(Site site, String css);

		RenderedPage notFound(Site site);

	}

	/** A rendered page and the model it was rendered from, so a later site can tell whether it may keep it. */
	static final class Rendering {

		private final Map<String, Object> model;

		private final RenderedPage page;

		private volatile long lastUsed;

		Rendering(Map<String, Object> model, RenderedPage page, long now) {
			this.model = model;
			this.page = page;
			this.lastUsed = now;
		}

		RenderedPage page() {
			return this.page;
		}

		/** Notes a use; written at most once a millisecond, so threads serving one hot page do not contend for it. */
		void used() {
			long now = now();
			if (this.lastUsed != now) {
				this.lastUsed = now;
			}
		}

	}

	private final Site site;

	private final Pages pages;

	private final long validUntil;

	private final long budget;

	/** Routes by their canonical path exactly, as requests name them. */
	private final Map<String, Route> routes;

	/** The pages' own stylesheets and the site's colours, by their content-hashed paths. */
	private final Map<String, String> stylesheets;

	private final Map<String, Rendering> rendered = new ConcurrentHashMap<>();

	/** What the site served before had rendered: kept when the model is the same, until the warm-up is through. */
	private volatile Map<String, Rendering> previous;

	private final AtomicLong bytes = new AtomicLong();

	private volatile RenderedPage notFound;

	/**
	 * @param site the site to render
	 * @param pages how its pages are rendered
	 * @param previous what the site served before had rendered, by path; empty for none
	 * @param budget how many bytes of rendered pages to keep
	 * @param validUntil when the pages go stale (the copyright year changes), in epoch milliseconds
	 */
	PageStore(Site site, Pages pages, Map<String, Rendering> previous, long budget, long validUntil) {
		this.site = site;
		this.pages = pages;
		this.previous = previous;
		this.budget = budget;
		this.validUntil = validUntil;
		Map<String, Route> routes = new HashMap<>();
		Map<String, String> stylesheets = new HashMap<>();
		for (Route route : site.routes()) {
			if (!(route instanceof Route.SearchRoute)) {
				routes.put(route.path(), route);
			}
			route.source().map(Page::needs).filter((needs) -> !needs.css().isEmpty())
				.ifPresent((needs) -> stylesheets.put(PageRenderer.stylesheetPath(needs.css()), needs.css()));
		}
		BrandStylesheet brand = BrandStylesheet.of(site.settings().brand());
		stylesheets.put(brand.path(), brand.css());
		this.routes = routes;
		this.stylesheets = stylesheets;
	}

	Site site() {
		return this.site;
	}

	long validUntil() {
		return this.validUntil;
	}

	/**
	 * The page rendered for a canonical path, exactly as written (no redirect rules), rendered now if it has not been.
	 * @param path the request path
	 * @return the page, or empty when the path is not canonical or unknown
	 */
	public Optional<RenderedPage> page(String path) {
		Rendering rendering = this.rendered.get(path);
		if (rendering != null) {
			rendering.used();
			return Optional.of(rendering.page);
		}
		Route route = this.routes.get(path);
		if (route != null) {
			return Optional.of(render(path, route).page);
		}
		String css = this.stylesheets.get(path);
		return (css != null) ? Optional.of(keep(path, new Rendering(Map.of(), this.pages.stylesheet(this.site, css), 0)).page)
				: Optional.empty();
	}

	/** The 404 page: the site's own, else one linking the site's pages or its navigation. */
	public RenderedPage notFound() {
		RenderedPage page = this.notFound;
		if (page == null) {
			page = this.pages.notFound(this.site);
			this.notFound = page;
		}
		return page;
	}

	boolean serves(Site current, long now) {
		return this.site == current && now < this.validUntil;
	}

	/** @return the paths of everything this site can render (canonical page paths and stylesheets) */
	List<String> paths() {
		List<String> paths = new ArrayList<>(this.routes.keySet());
		paths.addAll(this.stylesheets.keySet());
		return paths;
	}

	/** @return how many pages are kept rendered now */
	int renderedCount() {
		return this.rendered.size();
	}

	/** @return what is rendered now, for the site served next to keep what has not changed */
	Map<String, Rendering> renderings() {
		Map<String, Rendering> all = new HashMap<>();
		Map<String, Rendering> before = this.previous;
		if (before != null) {
			all.putAll(before);
		}
		all.putAll(this.rendered);
		return all;
	}

	/**
	 * Makes ready again what the site served before had ready (visitors' pages, most used first), keeping the bytes
	 * of each page whose model has not changed, unless {@code stillWanted} says stop; pages nobody asked for are
	 * rendered only when someone does.
	 * @param stillWanted whether this site is still the one served
	 * @return how many pages are ready
	 */
	int warmUp(BooleanSupplier stillWanted) {
		Map<String, Rendering> before = this.previous;
		if (before != null) {
			List<Map.Entry<String, Rendering>> hottest = new ArrayList<>(before.entrySet());
			hottest.sort(Comparator.comparingLong((Map.Entry<String, Rendering> entry) -> -entry.getValue().lastUsed));
			for (Map.Entry<String, Rendering> entry : hottest) {
				if (!stillWanted.getAsBoolean() || this.bytes.get() >= this.budget) {
					break;
				}
				Route route = this.routes.get(entry.getKey());
				if (route != null && !this.rendered.containsKey(entry.getKey())) {
					render(entry.getKey(), route);
				}
			}
		}
		// what was not kept by now will not be: let the previous site's pages go
		this.previous = null;
		return this.rendered.size();
	}

	private Rendering render(String path, Route route) {
		Map<String, Object> model = this.pages.model(this.site, route);
		Map<String, Rendering> before = this.previous;
		Rendering old = (before != null) ? before.get(path) : null;
		RenderedPage page = (old != null && old.model.equals(model)) ? old.page
				: this.pages.render(this.site, route, model);
		return keep(path, new Rendering(model, page, now()));
	}

	/** @return a coarse monotonic clock for least-recently-used order, in units of about a millisecond */
	private static long now() {
		return System.nanoTime() >> 20;
	}

	private Rendering keep(String path, Rendering rendering) {
		Rendering existing = this.rendered.putIfAbsent(path, rendering);
		if (existing != null) {
			return existing;
		}
		if (this.bytes.addAndGet(rendering.page.size()) > this.budget) {
			evict();
		}
		return rendering;
	}

	/** Lets the least recently used tenth go once the budget is passed; they render again when asked for. */
	private synchronized void evict() {
		if (this.bytes.get() <= this.budget) {
			return;
		}
		List<Map.Entry<String, Rendering>> entries = new ArrayList<>(this.rendered.entrySet());
		entries.sort(Comparator.comparingLong((Map.Entry<String, Rendering> entry) -> entry.getValue().lastUsed));
		long target = this.budget - this.budget / 10;
		for (Map.Entry<String, Rendering> entry : entries) {
			if (this.bytes.get() <= target) {
				break;
			}
			if (this.rendered.remove(entry.getKey(), entry.getValue())) {
				this.bytes.addAndGet(-entry.getValue().page.size());
			}
		}
	}

}
