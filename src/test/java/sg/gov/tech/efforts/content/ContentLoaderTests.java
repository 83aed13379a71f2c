package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContentLoaderTests {

	static final String SEED_SHA_256 = "b563aad9266d23da5624c8fde6d27025eeb4ada205a6ed7af95a33093b098787";

	private final ContentLoader loader = new ContentLoader();

	@Test
	void embeddedContentIsTheSeedByteForByte() throws Exception {
		byte[] embedded = new ClassPathResource("content/our-digital-government-efforts.md").getContentAsByteArray();
		// the SHA-256 of the seed page as it was handed over, so any change to the embedded copy shows
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(embedded)))
			.isEqualTo(SEED_SHA_256);
	}

	@Test
	void loadsTheEmbeddedSiteWithItsSettings() {
		Site site = this.loader.load(SiteProperties.Content.EMBEDDED);
		assertThat(site.pages()).extracting(Page::permalink)
			.containsExactly("/about-us/what-we-do/our-digital-government-efforts/");
		assertThat(site.settings().name()).isEqualTo("Government Technology Agency");
		assertThat(site.settings().footer().links()).extracting(Link::title)
			.containsExactly("Contact", "Feedback", "Report Vulnerability", "Privacy Statement", "Terms of Use");
	}

	@Test
	void aPathInAnyCaseWithoutItsSlashResolvesToItsCanonicalForm() {
		Site site = this.loader.load(SiteProperties.Content.EMBEDDED);
		Route route = site.route("/about-us/what-we-do/our-digital-government-efforts/Digital-Identity");
		assertThat(route).isInstanceOf(Route.SectionRoute.class);
		assertThat(route.path()).isEqualTo("/about-us/what-we-do/our-digital-government-efforts/digital-identity/");
	}

	@Test
	void aPathOfNoPageOrSectionIsNotFound() {
		Site site = this.loader.load(SiteProperties.Content.EMBEDDED);
		assertThatExceptionOfType(PageNotFoundException.class).isThrownBy(() -> site.route("/about-us/"));
	}

	@Test
	void aFolderOfPagesWithoutSettingsLeadsHomeToItsFirstPage(@TempDir Path folder)
			throws IOException {
		Files.writeString(folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\n### A\nText\n");
		Site site = this.loader.load(folder.toString());
		assertThat(site.settings().home()).isEqualTo("/one/");
		assertThat(site.route("/one/a/").path()).isEqualTo("/one/a/");
	}

	@Test
	void ofTwoPagesWithOnePermalinkTheSecondIsLeftOutWithAnError(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /same/\n---\n");
		Files.writeString(folder.resolve("b.md"), "---\ntitle: B\npermalink: /same/\n---\n");
		Site site = this.loader.load(folder.toString());
		assertThat(site.pages()).extracting(Page::source).containsExactly("a.md");
		assertThat(site.errors()).extracting(ContentProblem::toString)
			.containsExactly("b.md, line 2: its URL /same/ is already taken by a.md: give one of them another "
					+ "permalink or heading");
	}

	@Test
	void inStrictModeTwoPagesWithOnePermalinkStopTheLoad(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /same/\n---\n");
		Files.writeString(folder.resolve("b.md"), "---\ntitle: B\npermalink: /same/\n---\n");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> new ContentLoader(false, true).load(folder.toString()))
			.withMessageContaining("/same/ is already taken");
	}

	@Test
	void onlyAFileThatCannotBeParsedIsLeftOutWithAnErrorOnItsLine(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("good.md"), "---\ntitle: Good\npermalink: /good/\n---\nFine\n");
		Files.writeString(folder.resolve("bad.md"), "---\ntitle: [unclosed\npermalink: /bad/\n---\n");
		Site site = this.loader.load(folder.toString());
		assertThat(site.pages()).extracting(Page::source).containsExactly("good.md");
		assertThat(site.errors()).singleElement()
			.satisfies((error) -> assertThat(error.toString()).startsWith("bad.md, line 3: invalid YAML in front matter"));
	}

	@Test
	void badYamlInAFolderIsAnErrorOnItsLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.loader.load("classpath:fixtures/bad-yaml/"))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("broken.md");
				assertThat(ex.line()).isBetween(4, 5);
			});
	}

	@Test
	void onlyAFolderLocationNamesAFolderToWatch() {
		assertThat(ContentLoader.folderOf(SiteProperties.Content.EMBEDDED)).isEmpty();
		assertThat(ContentLoader.folderOf("file:/srv/content/")).contains(Path.of("/srv/content"));
		assertThat(ContentLoader.folderOf("/srv/content")).contains(Path.of("/srv/content"));
		assertThat(ContentLoader.folderOf("site-content")).contains(Path.of("site-content").toAbsolutePath());
	}

	@Test
	void markdownOutsideThePageFoldersIsNotAPage(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\nText\n");
		for (String ignored : new String[] { "images/notes.md", "files/readme.md", "_data/x.md", ".github/pr.md",
				"docs/README.md", "docs/_draft.md" }) {
			Files.createDirectories(folder.resolve(ignored).getParent());
			Files.writeString(folder.resolve(ignored), "not a page");
		}
		assertThat(this.loader.load(folder.toString()).pages()).extracting(Page::source).containsExactly("one.md");
	}

	@Test
	void anEmptyFolderIsAnError(@TempDir Path folder) {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(folder.toString()))
			.withMessageContaining("no Markdown");
	}

}
