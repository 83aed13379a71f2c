package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The content load started with an application belongs to its context: taken at most once, ended when it closes. */
class EarlyContentLoadTests {

	@TempDir
	Path folder;

	private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	@Test
	void aLoadStartedForTheSameSettingsIsServedOnceEveryOtherBeanExists() throws IOException {
		page();
		EarlyContentLoad.Started started = new EarlyContentLoad.Started(settings());
		this.beans.addBean(EarlyContentLoad.BEAN_NAME, started);
		CurrentSite content = siteContent();
		assertThat(content.site()).as("not loaded again while the beans are made").isNull();
		content.afterSingletonsInstantiated();
		assertThat(content.site().pages()).extracting(Page::permalink).containsExactly("/one/");
		assertThat(started.take(settings())).as("taken once").isEmpty();
		started.close();
	}

	@Test
	void aLoadStartedForOtherSettingsIsDroppedForAFreshOne() throws IOException {
		page();
		EarlyContentLoad.Settings other = new EarlyContentLoad.Settings(SiteProperties.Content.EMBEDDED, false, false);
		EarlyContentLoad.Started started = new EarlyContentLoad.Started(other);
		this.beans.addBean(EarlyContentLoad.BEAN_NAME, started);
		CurrentSite content = siteContent();
		assertThat(content.site().pages()).extracting(Page::permalink).containsExactly("/one/");
		assertThat(started.take(other)).as("dropped").isEmpty();
		started.close();
	}

	@Test
	void anApplicationThatNeverTakesItsLoadEndsItWithItsThreadWhenItCloses() {
		Set<Thread> before = loadThreads();
		ConfigurableApplicationContext context = withoutContent();
		EarlyContentLoad.Started started = context.getBean(EarlyContentLoad.Started.class);
		Set<Thread> ours = loadThreads();
		ours.removeAll(before);
		EarlyContentLoad.Settings settings = EarlyContentLoad.Settings.of(context.getEnvironment());
		context.close();
		assertThat(started.take(settings)).isEmpty();
		await("content-load threads ended").atMost(Duration.ofSeconds(10))
			.until(() -> ours.stream().noneMatch(Thread::isAlive));
	}

	@Test
	void aLoadNobodyTookIsNotLeftForTheNextApplication() {
		ConfigurableApplicationContext first = withoutContent();
		EarlyContentLoad.Started untaken = first.getBean(EarlyContentLoad.Started.class);
		first.close();
		try (ConfigurableApplicationContext next = withoutContent()) {
			EarlyContentLoad.Started own = next.getBean(EarlyContentLoad.Started.class);
			assertThat(own).isNotSameAs(untaken);
			assertThat(own.take(EarlyContentLoad.Settings.of(next.getEnvironment()))).isPresent();
		}
	}

	/** An application whose context has no {@link CurrentSite} to take the load its start began. */
	private static ConfigurableApplicationContext withoutContent() {
		return new SpringApplicationBuilder(WithoutContent.class).web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off");
	}

	private static Set<Thread> loadThreads() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> thread.getName().startsWith("content-load-"))
			.collect(Collectors.toSet());
	}

	private EarlyContentLoad.Settings settings() {
		return new EarlyContentLoad.Settings(this.folder.toString(), false, false);
	}

	private CurrentSite siteContent() {
		SiteProperties properties = new SiteProperties();
		properties.getContent().setLocation(this.folder.toString());
		properties.getContent().setWatch(false);
		return new CurrentSite(properties, this.beans.getBeanProvider(EarlyContentLoad.Started.class),
				this.beans.getBeanProvider(CurrentSiteListener.class), this.beans.getBeanProvider(ReservedPaths.class));
	}

	private void page() throws IOException {
		Files.writeString(this.folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\nOne\n");
	}

	@Configuration(proxyBeanMethods = false)
	static class WithoutContent {

	}

}
