package sg.gov.tech.efforts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every thread the application starts in the background ends when its context closes. */
class BackgroundThreadsTests {

	private static final List<String> BACKGROUND = List.of("content-load-", "content-watcher-", "page-warm-up-",
			"image-copies-");

	@TempDir
	Path folder;

	@Test
	void theWatcherAndWarmUpThreadsEndWhenTheApplicationCloses() throws IOException {
		Files.writeString(this.folder.resolve("home.md"), "---\ntitle: Home\npermalink: /home/\n---\nWelcome.\n");
		// other tests' applications may still run threads of the same names: this one's are those it starts
		Set<Thread> before = background();
		Set<Thread> ours;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EffortsApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--server.address=127.0.0.1",
				"--site.content.location=" + this.folder, "--spring.main.banner-mode=off")) {
			await("watcher and warm-up threads started").atMost(Duration.ofSeconds(10))
				.until(() -> names(since(before)).containsAll(Set.of("content-watcher-1", "page-warm-up-1")));
			ours = since(before);
		}
		await("background threads ended").atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ours).noneMatch(Thread::isAlive));
	}

	private static Set<Thread> since(Set<Thread> before) {
		Set<Thread> threads = background();
		threads.removeAll(before);
		return threads;
	}

	private static Set<Thread> background() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> BACKGROUND.stream().anyMatch(thread.getName()::startsWith))
			.collect(Collectors.toSet());
	}

	private static Set<String> names(Set<Thread> threads) {
		return threads.stream().map(Thread::getName).collect(Collectors.toSet());
	}

}
