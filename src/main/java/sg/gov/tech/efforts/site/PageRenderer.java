package sg.gov.tech.efforts.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import sg.gov.tech.efforts.body.SectionPages;
import sg.gov.tech.efforts.content.CurrentSiteListener;
import sg.gov.tech.efforts.model.Digests;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.seo.HeadTags;
import sg.gov.tech.efforts.seo.HeadTagsFactory;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.ErrorPageModel;
import sg.gov.tech.efforts.site.view.ListingView;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.PageView;
import sg.gov.tech.efforts.site.view.Pictures;
import sg.gov.tech.efforts.site.view.SectionView;
import sg.gov.tech.efforts.site.view.Updated;
import sg.gov.tech.efforts.site.view.ViewModels;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Renders the pages of each newly loaded site through the Thymeleaf templates into bytes, each page when first asked
 * for or by a warm-up in the background after the load, keeping them within {@code site.render.cache-size}; requests
 * then only look pages up. A page whose template model has not changed keeps the bytes rendered for the site before,
 * so a reload renders only what an edit changed. The templates stay the one source of the HTML.
 */
@Component
public class PageRenderer implements CurrentSiteListener, PageStore.Pages, DisposableBean {

	private static final Log logger = LogFactory.getLog(PageRenderer.class);

	private final ITemplateEngine engine;

	private final HeadTagsFactory heads;

	private final ContentSecurityPolicies policies;

	private final PageResponseHeaders headers;

	private final Clock clock;

	private final long budget;

	/** Renders pages in the background after each load, one site at a time, so requests mostly find them ready. */
	private final ThreadPoolTaskExecutor warmUp = warmUpExecutor();

	/** Each section's content as its own page shows it, made once while the section is served. */
	private final SectionPages sectionPages = new SectionPages();

	/** Set when the application context closes: a warm-up under way stops at its next page. */
	private volatile boolean closed;

	/** One snapshot, swapped whole, so a request never sees pages of two different loads. */
	private volatile PageStore current;

	private Site loaded;

	private boolean webLayerStarted;

	@Autowired
	PageRenderer(ITemplateEngine engine, HeadTagsFactory heads, ContentSecurityPolicies policies,
			PageResponseHeaders headers, Clock clock, SiteProperties properties) {
		this(engine, heads, policies, headers, clock, properties.getRender().getCacheSize().toBytes());
	}

	PageRenderer(ITemplateEngine engine, HeadTagsFactory heads, ContentSecurityPolicies policies,
			PageResponseHeaders headers, Clock clock, long budget) {
		this.engine = engine;
		this.heads = heads;
		this.policies = policies;
		this.headers = headers;
		this.clock = clock;
		this.budget = budget;
	}

	/**
	 * Serves a newly loaded site's pages; the first site only once the web layer is up (see
	 * {@link #webLayerStarted()}), so its pages link the assets by their hashed names.
	 */
	@Override
	public synchronized void siteLoaded(Site site) {
		this.loaded = site;
		if (this.webLayerStarted) {
			serve(site, true);
		}
	}

	/** Links can now get the assets' content-hashed names: pages rendered before then are dropped. */
	synchronized void webLayerStarted() {
		this.webLayerStarted = true;
		if (this.loaded != null) {
			serve(this.loaded, false);
		}
	}

	/**
	 * The rendered pages of the site being served. A new snapshot only when the current one is of another site (a
	 * reload that another listener rejected after this one had taken it) or the copyright year has turned.
	 * @param site the site being served
	 * @return its rendered pages
	 */
	public PageStore rendered(Site site) {
		PageStore snapshot = this.current;
		return (snapshot != null && snapshot.serves(site, this.clock.millis())) ? snapshot : renderedFor(site);
	}

	private synchronized PageStore renderedFor(Site site) {
		PageStore snapshot = this.current;
		if (snapshot == null || !snapshot.serves(site, this.clock.millis())) {
			snapshot = serve(site, this.webLayerStarted);
		}
		return snapshot;
	}

	/** A new snapshot of the site, keeping what the one before rendered, warmed up in the background. */
	private PageStore serve(Site site, boolean keepRendered) {
		PageStore before = this.current;
		Map<String, PageStore.Rendering> previous = (keepRendered && before != null) ? before.renderings()
				: Map.of();
		PageStore snapshot = new PageStore(site, this, previous, this.budget, nextYear(this.clock));
		this.current = snapshot;
		if (this.webLayerStarted) {
			this.warmUp.execute(() -> {
				long start = System.nanoTime();
				int count = snapshot.warmUp(() -> this.current == snapshot && !this.closed);
				logger.debug(String.format("Warm-up made %d page(s) ready in %d ms", count,
						(System.nanoTime() - start) / 1_000_000));
			});
		}
		return snapshot;
	}

	private static ThreadPoolTaskExecutor warmUpExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("page-warm-up-");
		executor.setDaemon(true);
		// requests come first: pages are warmed up with what the cores have left
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		// not interrupted mid-page on close: the flag below stops the warm-up at its next page
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(5);
		executor.initialize();
		return executor;
	}

	/** Stops the warm-up with the application context, waiting for the page it is rendering. */
	@Override
	public void destroy() {
		this.closed = true;
		this.warmUp.shutdown();
	}

	@Override
	public Map<String, Object> model(Site site, Route route) {
		Instant modified = modified(site, route);
		Map<String, Object> model = new HashMap<>(model(site, route, Chrome.of(site, this.clock), modified));
		route.source().ifPresent((page) -> {
			if (!page.needs().css().isEmpty()) {
				model.put("contentStylesheet", stylesheetPath(page.needs().css()));
			}
			model.put(POLICY, this.policies.forPage(site, page.needs()));
		});
		model.put(MODIFIED, modified);
		model.put("pictures", new Pictures(site.images()));
		// the page's own path, which its feedback forms name (fragments/feedback.html)
		model.put("pagePath", route.path());
		return model;
	}

	@Override
	public RenderedPage render(Site site, Route route, Map<String, Object> model) {
		return RenderedPage.html(process(template(route), model), (Instant) model.get(MODIFIED),
				this.headers.page(site, route));
	}

	@Override
	public RenderedPage stylesheet(Site site, String css) {
		return RenderedPage.stylesheet(css, this.headers.stylesheet(site));
	}

	/** The site's own not-found page ({@code misc/404.html}) when it has one, else the built-in one. */
	@Override
	public RenderedPage notFound(Site site) {
		Optional<Page> own = site.notFoundPage();
		if (own.isPresent()) {
			Route route = new Route.PageRoute(own.get());
			Map<String, Object> model = model(site, route);
			// the not-found page asks only for problem reports: it is no page a visitor chose to read
			model.put("pagePath", "not-found");
			return RenderedPage.notFound(process(template(route), model), site.lastModified(),
					this.headers.notFound((String) model.get(POLICY)));
		}
		return RenderedPage.notFound(process(ErrorPageModel.view(HttpStatus.NOT_FOUND),
				ErrorPageModel.of(site, HttpStatus.NOT_FOUND, this.clock)), site.lastModified(),
				this.headers.notFound(this.policies.baseFor(site)));
	}

	/** Model keys the templates do not read: what the response's headers need. */
	private static final String POLICY = "contentSecurityPolicy";

	private static final String MODIFIED = "lastModified";

	/** The template of what lives at a route: its layout's for a page. */
	private static String template(Route route) {
		if (route instanceof Route.SectionRoute) {
			return "pages/section";
		}
		if (route instanceof Route.ListingRoute) {
			return "pages/listing";
		}
		return switch (route.source().orElseThrow().layout()) {
			case HOMEPAGE -> "pages/homepage";
			case CONTACT_US -> "pages/contact";
			case SKELETON -> "pages/skeleton";
			default -> "pages/page";
		};
	}

	/** The same model the templates had when pages were rendered per request: the view, the chrome, the head tags. */
	private Map<String, Object> model(Site site, Route route, Chrome chrome, Instant modified) {
		Updated updated = Updated.of(modified);
		if (route instanceof Route.SectionRoute section) {
			SectionView view = ViewModels.section(site, section, this.sectionPages);
			return Map.of("section", view, "chrome", chrome, "updated", updated, "seo", this.heads.of(site,
					route.path(), view.title() + " | " + view.pageTitle(), view.description(), linked(view.breadcrumb()),
					modified));
		}
		if (route instanceof Route.ListingRoute listing) {
			ListingView view = ViewModels.listing(site, listing);
			return Map.of("listing", view, "chrome", chrome, "updated", updated, "seo", this.heads.of(site,
					route.path(), view.documentTitle(), view.description(), linked(view.breadcrumb()), modified));
		}
		Page page = route.source().orElseThrow();
		PageView view = ViewModels.page(site, page);
		HeadTags seo = this.heads.of(site, route.path(), view.title(), view.description(), linked(view.breadcrumb()),
				modified);
		return Map.of("page", view, "chrome", chrome, "updated", updated, "latestCards",
				ViewModels.latestCards(site, view), "seo", site.isNotFoundPage(page) ? seo.notIndexable() : seo);
	}

	/** When what lives at a route last changed: its page's file, or for a list of posts its newest post's. */
	private static Instant modified(Site site, Route route) {
		if (route instanceof Route.ListingRoute listing) {
			Set<String> sources = new HashSet<>();
			listing.room().posts(listing.selection()).forEach((post) -> sources.add(post.source()));
			return site.pages().stream()
				.filter((page) -> sources.contains(page.source()))
				.map(Page::lastModified)
				.max(Comparator.naturalOrder())
				.orElse(site.lastModified());
		}
		return route.source().map(Page::lastModified).orElse(site.lastModified());
	}

	/** Structured data lists only the breadcrumb steps that are pages; a step without a URL is not an item. */
	private static List<Link> linked(List<NavLink> breadcrumb) {
		return breadcrumb.stream()
			.filter((step) -> step.url() != null)
			.map((step) -> new Link(step.title(), new Url(step.url())))
			.toList();
	}

	private String process(String template, Map<String, Object> model) {
		// templates are found through the thread's class loader: a reload may come from a pool thread whose loader
		// cannot see inside the application's jar
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PageRenderer.class.getClassLoader());
		try {
			return this.engine.process(template, new Context(Locale.ENGLISH, model));
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Where a page's own stylesheet is served: named by a hash of what it holds, so it may be cached for good. */
	static String stylesheetPath(String css) {
		return "/assets/content/" + Digests.hex(Digests.sha256(css), 8) + ".css";
	}

	/** The copyright year in every footer changes at midnight on 1 January, Singapore time. */
	private static long nextYear(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return today.withDayOfYear(1).plusYears(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
	}

}
