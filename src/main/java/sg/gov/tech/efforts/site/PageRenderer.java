package sg.gov.tech.efforts.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import sg.gov.tech.efforts.content.SiteContentListener;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.seo.PageHeads;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.ErrorPageModel;
import sg.gov.tech.efforts.site.view.ListingView;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.PageView;
import sg.gov.tech.efforts.site.view.SectionView;
import sg.gov.tech.efforts.site.view.Updated;
import sg.gov.tech.efforts.site.view.ViewModels;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Renders every page, every section and the 404 page of each newly loaded site through the Thymeleaf templates, once,
 * into bytes; requests then only look pages up. The templates stay the one source of the HTML.
 */
@Component
class PageRenderer implements SiteContentListener {

	private static final Log logger = LogFactory.getLog(PageRenderer.class);

	private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	private final ITemplateEngine engine;

	private final PageHeads heads;

	private final ContentSecurityPolicies policies;

	private final LongSupplier clock;

	/** One immutable snapshot, swapped whole, so a request never sees pages of two different loads. */
	private volatile RenderedSite current;

	private Site loaded;

	private boolean webLayerStarted;

	@Autowired
	PageRenderer(ITemplateEngine engine, PageHeads heads, ContentSecurityPolicies policies) {
		this(engine, heads, policies, System::currentTimeMillis);
	}

	PageRenderer(ITemplateEngine engine, PageHeads heads, ContentSecurityPolicies policies, LongSupplier clock) {
		this.engine = engine;
		this.heads = heads;
		this.policies = policies;
		this.clock = clock;
	}

	/**
	 * Renders a newly loaded site; the first one only once the web layer is up (see {@link #webLayerStarted()}), so
	 * startup renders once, with the assets' hashed names. A request that comes earlier has its site rendered then.
	 */
	@Override
	public synchronized void siteLoaded(Site site) {
		this.current = this.webLayerStarted ? render(site) : null;
		this.loaded = site;
	}

	/** Links can now get the assets' content-hashed names: renders the site loaded so far, before traffic is ready. */
	synchronized void webLayerStarted() {
		this.webLayerStarted = true;
		if (this.loaded != null) {
			this.current = render(this.loaded);
		}
	}

	/**
	 * The rendered pages of the site being served. Renders again only when the snapshot is of another site (a reload
	 * that another listener rejected after this one had rendered it) or when the copyright year has turned.
	 * @param site the site being served
	 * @return its rendered pages
	 */
	RenderedSite rendered(Site site) {
		RenderedSite snapshot = this.current;
		return (snapshot != null && snapshot.serves(site, this.clock.getAsLong())) ? snapshot : renderFor(site);
	}

	private synchronized RenderedSite renderFor(Site site) {
		RenderedSite snapshot = this.current;
		if (snapshot == null || !snapshot.serves(site, this.clock.getAsLong())) {
			snapshot = render(site);
			this.current = snapshot;
		}
		return snapshot;
	}

	private RenderedSite render(Site site) {
		long start = System.nanoTime();
		long now = this.clock.getAsLong();
		Chrome chrome = Chrome.of(site);
		Map<String, RenderedPage> pages = new HashMap<>();
		for (Route route : site.routes()) {
			if (route instanceof Route.SearchRoute) {
				continue;
			}
			Instant modified = modified(site, route);
			Map<String, Object> model = new HashMap<>(model(site, route, chrome, modified));
			Optional<Page> page = route.source();
			page.filter((source) -> !source.needs().css().isEmpty()).ifPresent((source) -> {
				String stylesheet = stylesheetPath(source.needs().css());
				model.put("contentStylesheet", stylesheet);
				pages.putIfAbsent(stylesheet, RenderedPage.stylesheet(source.needs().css(), modified));
			});
			String policy = page.map((source) -> this.policies.forPage(site, source.needs())).orElse(null);
			pages.put(route.path(), RenderedPage.of(process(template(route), model), modified, policy));
		}
		String notFound = process(ErrorPageModel.view(HttpStatus.NOT_FOUND),
				ErrorPageModel.of(site, HttpStatus.NOT_FOUND));
		logger.info(String.format("Rendered %d page(s) and the 404 page in %d ms", pages.size(),
				(System.nanoTime() - start) / 1_000_000));
		return new RenderedSite(site, pages, RenderedPage.of(notFound, site.lastModified()), nextYear(now));
	}

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
			default -> "pages/page";
		};
	}

	/** The same model the templates had when pages were rendered per request: the view, the chrome, the head tags. */
	private Map<String, Object> model(Site site, Route route, Chrome chrome, Instant modified) {
		Updated updated = Updated.of(modified);
		if (route instanceof Route.SectionRoute section) {
			SectionView view = ViewModels.section(site, section);
			return Map.of("section", view, "chrome", chrome, "updated", updated, "seo", this.heads.of(site,
					route.path(), view.title() + " | " + view.pageTitle(), view.description(), linked(view.breadcrumb()),
					modified));
		}
		if (route instanceof Route.ListingRoute listing) {
			ListingView view = ViewModels.listing(site, listing);
			return Map.of("listing", view, "chrome", chrome, "updated", updated, "seo", this.heads.of(site,
					route.path(), view.title(), view.description(), linked(view.breadcrumb()), modified));
		}
		PageView view = ViewModels.page(site, route.source().orElseThrow());
		return Map.of("page", view, "chrome", chrome, "updated", updated, "latestCards",
				ViewModels.latestCards(site, view), "seo", this.heads.of(site, route.path(), view.title(),
						view.description(), linked(view.breadcrumb()), modified));
	}

	/** When what lives at a route last changed: its page's file, or for a list of posts its newest post's. */
	private static Instant modified(Site site, Route route) {
		if (route instanceof Route.ListingRoute listing) {
			java.util.Set<String> sources = new java.util.HashSet<>();
			listing.room().posts(listing.category()).forEach((post) -> sources.add(post.source()));
			return site.pages().stream()
				.filter((page) -> sources.contains(page.source()))
				.map(Page::lastModified)
				.max(java.util.Comparator.naturalOrder())
				.orElse(site.lastModified());
		}
		return route.source().map(Page::lastModified).orElse(site.lastModified());
	}

	/** Structured data lists only the breadcrumb steps that are pages; a step without a URL is not an item. */
	private static List<Link> linked(List<NavLink> breadcrumb) {
		return breadcrumb.stream()
			.filter((step) -> step.url() != null)
			.map((step) -> new Link(step.title(), step.url()))
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
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "/assets/content/" + java.util.HexFormat.of().formatHex(digest, 0, 8) + ".css";
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The copyright year in every footer changes at midnight on 1 January, Singapore time. */
	private static long nextYear(long now) {
		LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), SINGAPORE);
		return today.withDayOfYear(1).plusYears(1).atStartOfDay(SINGAPORE).toInstant().toEpochMilli();
	}

}
