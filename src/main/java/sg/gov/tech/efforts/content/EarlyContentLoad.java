package sg.gov.tech.efforts.content;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Starts loading the content as soon as the application's settings are known, on a thread of its own, so parsing a
 * large site overlaps the seconds the application context takes to start; {@link CurrentSite} takes the result once
 * every other bean exists. Registered in {@code META-INF/spring.factories} (so every {@code SpringApplication}, a
 * test's included, gets it), since it runs before any bean exists. The load belongs to the run: it is kept in the
 * run's {@link ConfigurableBootstrapContext} and, when that closes, handed to the application context as the bean
 * {@value #BEAN_NAME}, which ends it when the context closes if nothing took it.
 */
public class EarlyContentLoad implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The started load's name among the application context's beans. */
	static final String BEAN_NAME = "earlyContentLoad";

	/** What a load depends on. */
	record Settings(String location, boolean preview, boolean strict) {

		static Settings of(ConfigurableEnvironment environment) {
			Binder binder = Binder.get(environment);
			SiteProperties.Content content = binder.bindOrCreate("site.content", SiteProperties.Content.class);
			boolean preview = binder.bind("site.preview", Boolean.class).orElse(false);
			return new Settings(content.getLocation(), preview, content.isStrict());
		}

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
		ConfigurableBootstrapContext bootstrap = event.getBootstrapContext();
		if (bootstrap.isRegistered(Started.class)) {
			return;
		}
		bootstrap.register(Started.class, InstanceSupplier.of(new Started(Settings.of(event.getEnvironment()))));
		bootstrap.addCloseListener(EarlyContentLoad::handOver);
	}

	/** The bootstrap context closes as the application context is prepared: the load becomes one of its beans. */
	private static void handOver(BootstrapContextClosedEvent event) {
		Started started = event.getBootstrapContext().get(Started.class);
		ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
		beans.registerSingleton(BEAN_NAME, started);
		if (beans instanceof DefaultSingletonBeanRegistry registry) {
			// also when the context's refresh fails, which destroys its singletons without a closed event
			registry.registerDisposableBean(BEAN_NAME, started::close);
		}
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

	/**
	 * A load started for one application context, taken at most once, and ended when that context closes. Its
	 * executor is a plain one, not a bean: the load starts before any bean (or the context) exists.
	 */
	static final class Started implements AutoCloseable {

		/** How long closing waits for a load nobody took, so it ends with its context rather than after it. */
		private static final long CLOSE_WAIT_MILLIS = 5_000;

		private final Settings settings;

		private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("content-load-");

		/** The load until it is taken or ended; then nothing, so the first site is not kept for the context's life. */
		private final AtomicReference<CompletableFuture<Loaded>> load;

		Started(Settings settings) {
			this.settings = settings;
			this.executor.setDaemon(true);
			this.executor.setTaskTerminationTimeout(CLOSE_WAIT_MILLIS);
			this.executor.setCancelRemainingTasksOnClose(true);
			this.load = new AtomicReference<>(CompletableFuture.supplyAsync(() -> load(settings), this.executor));
		}

		private static Loaded load(Settings settings) {
			long start = System.nanoTime();
			ContentLoader loader = new ContentLoader(settings.preview(), settings.strict());
			Site site = loader.load(settings.location());
			return new Loaded(loader, site, System.nanoTime() - start);
		}

		/**
		 * Takes the load if it was started for these settings; one started for others (a test's own content folder,
		 * set once the context exists) is dropped, its result thrown away when it ends, without waiting for it.
		 * @return the load, finished or not; empty when taken before, ended, or of other settings
		 */
		Optional<CompletableFuture<Loaded>> take(Settings wanted) {
			CompletableFuture<Loaded> load = this.load.getAndSet(null);
			if (load != null && !this.settings.equals(wanted)) {
				load.cancel(false);
				return Optional.empty();
			}
			return Optional.ofNullable(load);
		}

		/** Ends a load nobody took, waiting a little for its thread; a taken load has finished by then. */
		@Override
		public void close() {
			CompletableFuture<Loaded> untaken = this.load.getAndSet(null);
			if (untaken != null) {
				untaken.cancel(false);
			}
			this.executor.close();
		}

	}

}
