package sg.gov.tech.efforts.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** One date per file: its last commit in git, else its modification time, else what the build recorded. */
class ContentDatesTests {

	private static final Instant FIRST = Instant.parse("2024-01-02T03:00:00Z");

	private static final Instant SECOND = Instant.parse("2024-05-06T07:00:00Z");

	private static final Instant THIRD = Instant.parse("2025-08-09T10:00:00Z");

	@TempDir
	Path folder;

	@Test
	void eachFileGetsTheDateOfTheLastCommitThatChangedIt() throws Exception {
		try (GitRepository git = new GitRepository(this.folder)) {
			git.write("site/a.md", "A1").write("site/b.md", "B1").commit("first", FIRST);
			git.write("site/a.md", "A2").commit("a changes", SECOND);
			git.write("other.txt", "not content").commit("elsewhere", THIRD);
			ContentRoot root = ContentRoot.of(this.folder.resolve("site").toString());
			assertThat(root.dates().source()).startsWith("git history of");
			assertThat(root.changed("a.md", bytes("site/a.md"))).isEqualTo(SECOND);
			assertThat(root.changed("b.md", bytes("site/b.md"))).isEqualTo(FIRST);
		}
	}

	@Test
	void anEditNotYetCommittedGetsItsModificationTime() throws Exception {
		try (GitRepository git = new GitRepository(this.folder)) {
			git.write("a.md", "A1").commit("first", FIRST);
			ContentRoot root = ContentRoot.of(this.folder.toString());
			assertThat(root.changed("a.md", bytes("a.md"))).isEqualTo(FIRST);
			git.write("a.md", "A2");
			Files.setLastModifiedTime(this.folder.resolve("a.md"), FileTime.from(SECOND));
			assertThat(root.changed("a.md", bytes("a.md"))).isEqualTo(SECOND);
		}
	}

	@Test
	void aNewCommitIsSeenAtTheNextListing() throws Exception {
		try (GitRepository git = new GitRepository(this.folder)) {
			git.write("a.md", "A1").commit("first", FIRST);
			ContentRoot root = ContentRoot.of(this.folder.toString());
			assertThat(root.changed("a.md", bytes("a.md"))).isEqualTo(FIRST);
			git.write("a.md", "A2").commit("second", THIRD);
			// each load lists the files first, which is when the dates are read again if HEAD moved
			root.files();
			assertThat(root.changed("a.md", bytes("a.md"))).isEqualTo(THIRD);
		}
	}

	@Test
	void outsideGitAFileHasItsModificationTimeAndTheSourceSaysSo() throws Exception {
		Files.writeString(this.folder.resolve("a.md"), "A");
		Files.setLastModifiedTime(this.folder.resolve("a.md"), FileTime.from(SECOND));
		ContentRoot root = ContentRoot.of(this.folder.toString());
		assertThat(root.dates().source()).startsWith("file modification times").contains("not a git working tree");
		assertThat(root.changed("a.md", bytes("a.md"))).isEqualTo(SECOND);
	}

	@Test
	void theBuildRecordsTheContentsDatesFromGitHistory() throws Exception {
		try (GitRepository git = new GitRepository(this.folder.resolve("project"))) {
			git.write("content/page.md", "P").write("content/images/a.png", "png").commit("first", FIRST);
			git.write("content/page.md", "P2").commit("edit", SECOND);
			Path out = this.folder.resolve("out/content-dates.properties");
			RecordedDates.main(new String[] { git.root().toString(), "content", out.toString() });
			Properties recorded = new Properties();
			try (var in = Files.newInputStream(out)) {
				recorded.load(in);
			}
			assertThat(recorded).containsEntry("page.md", SECOND.toString()).containsEntry("images/a.png",
					FIRST.toString());
		}
	}

	@Test
	void theEmbeddedContentsDatesAreTheOnesRecordedFromGitWhenTheApplicationWasBuilt() {
		ContentRoot embedded = ContentRoot.of("classpath:content/");
		// without this project's history (a release tarball) the build records nothing: see the fallback below
		assertThat(embedded.dates().source()).isEqualTo(EmbeddedContentDates.historyPresent()
				? "dates recorded from git history when the application was built"
				: "the times of the files built into the application (no dates were recorded at build time)");
	}

	@Test
	void anEmbeddedFileShowsItsLastCommitElseItsBuiltCopysModificationTime() throws Exception {
		ContentRoot embedded = ContentRoot.of("classpath:content/");
		String name = "our-digital-government-efforts.md";
		assertThat(embedded.changed(name, embedded.read(name))).isEqualTo(EmbeddedContentDates.expected(name));
	}

	private byte[] bytes(String name) throws Exception {
		return Files.readAllBytes(this.folder.resolve(name));
	}

}
