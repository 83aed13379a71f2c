package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ContentWatcherTests {

	/** The promise is 2 s; the bound leaves room for a busy build machine, scripts/reload-latency measures it. */
	private static final Duration BOUND = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	private ContentWatcher watcher;

	@AfterEach
	void stop() {
		if (this.watcher != null) {
			this.watcher.stop();
		}
	}

	@Test
	void everyKindOfFileChangeIsPickedUp() throws Exception {
		page("one.md", "/one/", "One");
		CurrentSite content = watch(this.folder.toString(), true);
		page("two.md", "/two/", "Two\n\n### First Area\nText");
		await(content, (site) -> routes(site, "/two/first-area/"));
		page("two.md", "/two/", "Two\n\n### Renamed Area\nText");
		await(content, (site) -> routes(site, "/two/renamed-area/") && !routes(site, "/two/first-area/"));
		Files.createDirectories(this.folder.resolve("more"));
		Files.move(this.folder.resolve("two.md"), this.folder.resolve("more/two.md"));
		await(content, (site) -> site.pages().stream().anyMatch((page) -> page.source().equals("more/two.md")));
		page("more/two.md", "/two/", "Two\n\n### Area In Subfolder\nText");
		await(content, (site) -> routes(site, "/two/area-in-subfolder/"));
		Files.delete(this.folder.resolve("more/two.md"));
		await(content, (site) -> !routes(site, "/two/"));
	}

	@Test
	void aBrokenEditLeavesTheLastGoodSite(CapturedOutput output) throws Exception {
		page("one.md", "/one/", "One");
		CurrentSite content = watch(settings(this.folder.toString(), true, true));
		Site good = content.site();
		breakOne(content, output);
		assertThat(output.getOut()).contains("one.md, line 5: link /nowhere/ resolves to nothing");
		assertThat(content.site()).isSameAs(good);
	}

	@Test
	void theGoodEditAfterABrokenOneIsServed(CapturedOutput output) throws Exception {
		page("one.md", "/one/", "One");
		CurrentSite content = watch(settings(this.folder.toString(), true, true));
		breakOne(content, output);
		page("one.md", "/one/", "One again\n\n### Fixed\nText");
		await(content, (site) -> routes(site, "/one/fixed/"));
	}

	private void breakOne(CurrentSite content, CapturedOutput output) throws IOException {
		Files.writeString(this.folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\n[x](/nowhere/)\n");
		await(content, (site) -> output.getOut().contains("Content change rejected"));
	}

	/**
	 * As git-sync publishes a commit: checked out into a new folder, a new link renamed over the old one, the old
	 * folder deleted. The content root is the link itself, or a folder under it ({@code --link=current} with the pages
	 * in the repository's {@code site/}).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "site" })
	void aLinkMovedToAnotherFolderIsFollowedThere(String under) throws Exception {
		Path first = checkout("aaa", under, "First");
		Path link = this.folder.resolve("current");
		Files.createSymbolicLink(link, Path.of(".worktrees", "aaa"));
		CurrentSite content = watch(link.resolve(under).toString(), true);
		assertThat(content.site().pages().get(0).title()).isEqualTo("First");
		write(first.resolve(under).resolve("page.md"), "First, edited in place");
		await(content, (site) -> site.pages().get(0).title().equals("First, edited in place"));
		publish("bbb", under, "Second", "aaa");
		await(content, (site) -> site.pages().get(0).title().equals("Second"));
		write(this.folder.resolve(".worktrees/bbb").resolve(under).resolve("page.md"), "Second, edited");
		await(content, (site) -> site.pages().get(0).title().equals("Second, edited"));
		publish("ccc", under, "Third", "bbb");
		await(content, (site) -> site.pages().get(0).title().equals("Third"));
	}

	@Test
	void theWatcherIsADaemonThreadThatStopsWithTheApplication() throws Exception {
		page("one.md", "/one/", "One");
		// other tests' applications may still have watchers of their own: this one's is the thread it starts
		Set<Thread> before = watchers();
		watch(this.folder.toString(), true);
		Thread thread = watchers().stream().filter((candidate) -> !before.contains(candidate)).findFirst().orElseThrow();
		assertThat(thread.isDaemon()).isTrue();
		this.watcher.stop();
		assertThat(this.watcher.isRunning()).isFalse();
		Awaitility.await("watcher thread ended").atMost(BOUND).until(() -> !thread.isAlive());
	}

	@Test
	void nothingIsWatchedWhenTurnedOffOrForTheEmbeddedContent() throws IOException {
		page("one.md", "/one/", "One");
		watch(this.folder.toString(), false);
		assertThat(this.watcher.isRunning()).isFalse();
		watch(SiteProperties.Content.EMBEDDED, true);
		assertThat(this.watcher.isRunning()).isFalse();
	}

	private static Set<Thread> watchers() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((candidate) -> candidate.getName().startsWith("content-watcher-") && candidate.isAlive())
			.collect(Collectors.toSet());
	}

	private CurrentSite watch(String location, boolean enabled) {
		return watch(settings(location, enabled, false));
	}

	private static SiteProperties settings(String location, boolean watch, boolean strict) {
		SiteProperties properties = new SiteProperties();
		properties.getContent().setLocation(location);
		properties.getContent().setWatch(watch);
		properties.getContent().setStrict(strict);
		return properties;
	}

	private CurrentSite watch(SiteProperties properties) {
		CurrentSite content = new CurrentSite(properties,
				new StaticListableBeanFactory().getBeanProvider(EarlyContentLoad.Started.class),
				new StaticListableBeanFactory().getBeanProvider(CurrentSiteListener.class),
				new StaticListableBeanFactory().getBeanProvider(ReservedPaths.class));
		this.watcher = new ContentWatcher(content, properties);
		this.watcher.start();
		return content;
	}

	private static boolean routes(Site site, String path) {
		try {
			return site.route(path).path().equals(path);
		}
		catch (PageNotFoundException ex) {
			return false;
		}
	}

	/** Waits until the served site satisfies the condition, failing after {@link #BOUND}. */
	private static void await(CurrentSite content, Predicate<Site> condition) {
		Awaitility.await("content change served")
			.atMost(BOUND)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> condition.test(content.site()));
	}

	/** A commit checked out as git-sync does, in {@code .worktrees/<hash>}; returns the checkout. */
	private Path checkout(String hash, String under, String title) throws IOException {
		Path checkout = Files.createDirectories(this.folder.resolve(".worktrees").resolve(hash));
		Files.createDirectories(checkout.resolve(under));
		write(checkout.resolve(under).resolve("page.md"), title);
		return checkout;
	}

	/** git-sync's publishing step: a new checkout, a new link renamed over "current", the old checkout removed. */
	private void publish(String hash, String under, String title, String previous) throws IOException {
		checkout(hash, under, title);
		Path newLink = Files.createSymbolicLink(this.folder.resolve("tmp-link"), Path.of(".worktrees", hash));
		Files.move(newLink, this.folder.resolve("current"), StandardCopyOption.ATOMIC_MOVE);
		try (Stream<Path> old = Files.walk(this.folder.resolve(".worktrees").resolve(previous))) {
			for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void write(Path page, String title) throws IOException {
		Files.writeString(page, "---\ntitle: " + title + "\npermalink: /page/\n---\nText\n");
	}

	private void page(String name, String permalink, String body) throws IOException {
		Files.writeString(this.folder.resolve(name),
				"---\ntitle: " + name + "\npermalink: " + permalink + "\n---\n" + body + "\n");
	}

}
