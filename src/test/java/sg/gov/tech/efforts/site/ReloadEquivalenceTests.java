package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over hundreds of random edits, additions, deletions and renames, each incremental reload serves exactly the bytes,
 * search results and sitemap a full load of the same folder does; a broken file keeps its last good version.
 */
@SpringBootTest(properties = "site.content.watch=false")
@AutoConfigureMockMvc
@DirtiesContext
@Import(ServedSite.Sources.class)
class ReloadEquivalenceTests {

	/** Another seed explores other histories: {@code -Dreload.seed=...}. */
	private static final long SEED = Long.getLong("reload.seed", 14);

	private static final int EDITS = Integer.getInteger("reload.edits", 300);

	private static final Path folder = new ContentFolder().page("home.md", "Home", RandomFolder.HOME, "Welcome.")
		.root();

	@Autowired
	private ServedSite.Sources sources;

	@Autowired
	private CurrentSite content;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content.location", folder::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(folder);
	}

	@Test
	void everyReloadAfterRandomEditsServesWhatAFullLoadOfTheFolderServes() {
		RandomFolder site = new RandomFolder(folder, SEED);
		Random checkpoints = new Random(SEED);
		int edits = 0;
		while (edits < EDITS) {
			// a few edits at once, as an editor's save or a git pull makes them, then one reload
			for (int burst = 1 + checkpoints.nextInt(8); burst > 0 && edits < EDITS; burst--, edits++) {
				site.edit();
			}
			assertServesAFullLoad(folder, "seed " + SEED + ", " + edits + " edits:" + site.log());
		}
	}

	@Test
	void aBrokenFileKeepsServingItsLastGoodVersionWhileTheRestMovesOnAsAFullLoadOfThatVersionWould()
			throws IOException {
		RandomFolder site = new RandomFolder(folder, SEED + 1);
		Path good = Files.createTempDirectory("content-good-");
		try {
			for (int i = 0; i < 40; i++) {
				site.edit();
			}
			assertServesAFullLoad(folder, "seed " + (SEED + 1) + site.log());
			String broken = site.breakPage();
			for (int i = 0; i < 60; i++) {
				if (i % 6 == 0) {
					String context = "seed " + (SEED + 1) + site.log();
					this.sources.reload();
					assertThat(this.content.site().errors()).as(context).anyMatch((error) -> error.file().equals(broken));
					assertThat(this.content.site().warnings()).as(context)
						.anyMatch((warning) -> warning.file().equals(broken)
								&& warning.problem().contains("last good version is still served"));
					site.copyWithGoodVersions(good);
					this.sources.served(RandomFolder.queries())
						.withoutProblemsOf(broken::equals)
						.assertSameAs(this.sources.fullLoad(good, RandomFolder.queries()).withoutProblemsOf(broken::equals),
								context);
				}
				site.edit();
			}
			site.repair(broken);
			assertServesAFullLoad(folder, "seed " + (SEED + 1) + site.log());
			assertThat(this.content.site().errors()).noneMatch((error) -> error.file().equals(broken));
		}
		finally {
			FileSystemUtils.deleteRecursively(good);
		}
	}

	private void assertServesAFullLoad(Path folder, String context) {
		List<String> queries = RandomFolder.queries();
		this.sources.reload();
		this.sources.served(queries).assertSameAs(this.sources.fullLoad(folder, queries), context);
	}

}
