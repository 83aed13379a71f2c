package sg.gov.tech.efforts.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The site being served: loaded when the application starts, so a content error stops startup and no request ever
 * parses or renders Markdown; {@link #reload()} swaps in a new version at once, or keeps the current one when the new
 * one is invalid. Every {@link CurrentSiteListener} prepares its own view of a site before it is served. No page may
 * take a path the application answers itself ({@link ReservedPaths}, from the web layer once it exists): a load made
 * before then is made again, from the loader's cache, when one does.
 */
@Component
public class CurrentSite implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CurrentSite.class);

	private final List<CurrentSiteListener> listeners;

	private final ObjectProvider<ReservedPaths> reservedPaths;

	/** What no page may take: nothing until every bean exists, then what the web layer answers. */
	private volatile ReservedPaths reserved = ReservedPaths.NONE;

	private volatile Site site;

	private ContentLoader loader;

	private final String location;

	/** Warnings already logged, so each is listed once however often the content reloads. */
	private final Set<ContentProblem> reported = ConcurrentHashMap.newKeySet();

	private final ContentReloads reloads = new ContentReloads();

	/** The load started with the application context, joined once every other bean exists; null once joined. */
	private CompletableFuture<EarlyContentLoad.Loaded> early;

	CurrentSite(SiteProperties properties, ObjectProvider<EarlyContentLoad.Started> started,
			ObjectProvider<CurrentSiteListener> listeners, ObjectProvider<ReservedPaths> reserved) {
		this.listeners = listeners.orderedStream().toList();
		this.reservedPaths = reserved;
		boolean preview = properties.isPreview();
		boolean strict = properties.getContent().isStrict();
		this.location = properties.getContent().getLocation();
		EarlyContentLoad.Settings settings = new EarlyContentLoad.Settings(this.location, preview, strict);
		// none without SpringApplication (a test's own context), and none of use when the settings came later
		this.early = Optional.ofNullable(started.getIfAvailable()).flatMap((load) -> load.take(settings)).orElse(null);
		if (this.early == null) {
			long start = System.nanoTime();
			ContentLoader loader = new ContentLoader(preview, strict);
			serve(loader, loader.load(this.location), start);
		}
	}

	/**
	 * Serves the load that started with the application, once the other beans exist: the context's remaining start
	 * (MVC, Thymeleaf, the actuator) runs while a large site is still being parsed, not after it.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.reserved = this.reservedPaths.getIfAvailable(() -> ReservedPaths.NONE);
		if (this.early != null) {
			EarlyContentLoad.Loaded loaded = EarlyContentLoad.join(this.early);
			this.early = null;
			long start = System.nanoTime() - loaded.nanos();
			Site site = loaded.site();
			if (this.reserved.anyIn(site)) {
				site = loaded.loader().load(this.location, this.reserved);
			}
			serve(loaded.loader(), site, start);
		}
		else if (this.reserved.anyIn(this.site)) {
			// as at startup, a content error here stops the application rather than serving the first load
			serve(this.loader, this.loader.load(this.location, this.reserved), System.nanoTime());
		}
	}

	private void serve(ContentLoader loader, Site loaded, long start) {
		this.loader = loader;
		publish(loaded);
		logLoaded("Loaded", loaded, start);
		if (loaded.preview()) {
			logger.warn("Preview mode (site.preview=true): editor notes are shown; never use it for the public site");
		}
	}

	/**
	 * Loads the content root again, off to the side, and serves it at once if it is valid; otherwise logs the file,
	 * line and problem and keeps serving the current site.
	 * @return whether the new content is now served
	 */
	public synchronized boolean reload() {
		long start = System.nanoTime();
		boolean served = load(start);
		this.reloads.record(served, System.nanoTime() - start);
		return served;
	}

	private boolean load(long start) {
		try {
			Site loaded = this.loader.load(this.location, this.reserved);
			publish(loaded);
			logLoaded("Reloaded", loaded, start);
			return true;
		}
		catch (ContentException ex) {
			logger.error("Content change rejected, still serving the previous version: " + ex.file() + ", line "
					+ ex.line() + ": " + ex.problem());
		}
		catch (RuntimeException ex) {
			logger.error("Content change rejected, still serving the previous version: " + ex.getMessage(), ex);
		}
		return false;
	}

	/** @return how the reloads since startup went, for operators' metrics */
	public ContentReloads reloads() {
		return this.reloads;
	}

	private void logLoaded(String verb, Site loaded, long start) {
		logger.info(String.format("%s %d page(s) with %d section(s) from %s in %d ms", verb, loaded.pages().size(),
				loaded.pages().stream().mapToInt((page) -> page.sections().size()).sum(), this.location,
				(System.nanoTime() - start) / 1_000_000));
		for (ContentProblem error : loaded.errors()) {
			if (this.reported.add(error)) {
				logger.error("Content error: " + error);
			}
		}
		for (ContentProblem warning : loaded.warnings()) {
			if (this.reported.add(warning)) {
				logger.warn("Content warning: " + warning);
			}
		}
	}

	/** @return the site being served now */
	public Site site() {
		return this.site;
	}

	/**
	 * Lets every listener prepare the new site, then serves it; a listener's exception leaves the current site.
	 * @param loaded a newly loaded site
	 */
	protected final void publish(Site loaded) {
		for (CurrentSiteListener listener : this.listeners) {
			long start = System.nanoTime();
			listener.siteLoaded(loaded);
			if (logger.isDebugEnabled()) {
				logger.debug(String.format("%s prepared the site in %d ms", listener.getClass().getSimpleName(),
						(System.nanoTime() - start) / 1_000_000));
			}
		}
		this.site = loaded;
	}

}
