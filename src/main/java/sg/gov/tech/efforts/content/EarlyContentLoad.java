package sg.gov.tech.efforts.content;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts loading the content as soon as the application's settings are known, on a thread of its own, so parsing a
 * large site overlaps the seconds the application context takes to start; {@link SiteContent} takes the result once
 * every other bean exists. Registered in {@code META-INF/spring.factories}, since it runs before any bean exists.
 */
public class EarlyContentLoad implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Map<Settings, CompletableFuture<Loaded>> started = new ConcurrentHashMap<>();

	/** What a load depends on. */
	record Settings(String location, boolean preview, boolean strict) {
	}

	/**
	 * A finished load.
	 * @param loader the loader, which keeps each file's parse for later reloads
	 * @param site the site it loaded
	 * @param nanos how long the load took
	 */
	record Loaded(ContentLoader loader, Site site, long nanos) {
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		Binder binder = Binder.get(environment);
		SiteProperties.Content content = binder.bindOrCreate("site.content", SiteProperties.Content.class);
		boolean preview = binder.bind("site.preview", Boolean.class).orElse(false);
		Settings settings = new Settings(content.getLocation(), preview, content.isStrict());
		started.computeIfAbsent(settings, (key) -> CompletableFuture.supplyAsync(() -> load(key), (task) -> {
			Thread thread = new Thread(task, "content-load");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	private static Loaded load(Settings settings) {
		long start = System.nanoTime();
		ContentLoader loader = new ContentLoader(settings.preview(), settings.strict());
		Site site = loader.load(settings.location());
		return new Loaded(loader, site, System.nanoTime() - start);
	}

	/**
	 * Takes the load started for these settings, if one was.
	 * @return the load, finished or not; empty when none was started
	 */
	static Optional<CompletableFuture<Loaded>> take(String location, boolean preview, boolean strict) {
		return Optional.ofNullable(started.remove(new Settings(location, preview, strict)));
	}

	/**
	 * @return the finished load, waiting for it if need be
	 * @throws RuntimeException whatever the load threw, such as a {@link sg.gov.tech.efforts.model.ContentException}
	 */
	static Loaded join(CompletableFuture<Loaded> load) {
		try {
			return load.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

}
