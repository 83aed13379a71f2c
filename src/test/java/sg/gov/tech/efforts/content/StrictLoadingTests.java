package sg.gov.tech.efforts.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.body.TestImages;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checks every load runs, in strict mode (a CI pipeline's): any error stops the load, naming file and line. */
class StrictLoadingTests {

	private static final String FRONT = "---\ntitle: Page\npermalink: /page/\n---\n";

	@TempDir
	Path folder;

	private final ContentLoader loader = new ContentLoader(false, true);

	@Test
	void aLinkToNoPageIsAnErrorOnItsLine() throws IOException {
		write("page.md", FRONT + "Intro\n\nSee [the plan](/no-such-page/) for more.\n");
		assertError("page.md", 7, "link /no-such-page/ resolves to nothing");
	}

	@Test
	void aMissingLocalImageIsAnErrorOnItsLineEvenInsideRawHtml() throws IOException {
		write("page.md", FRONT + "<div class=\"row\">\n  <div class=\"col\">\n"
				+ "    <img alt=\"Chart\" src=\"/images/chart.png\">\n  </div>\n</div>\n");
		assertError("page.md", 7, "image /images/chart.png resolves to nothing");
	}

	@Test
	void onlyTheLinkToAMissingFileIsAnError() throws IOException {
		Files.createDirectories(this.folder.resolve("files"));
		Files.writeString(this.folder.resolve("files/report.pdf"), "%PDF");
		write("page.md", FRONT + "[Report](/files/report.pdf) and [old report](/files/old.pdf)\n");
		assertError("page.md", 5, "link /files/old.pdf resolves to nothing");
	}

	@Test
	void linksRelativeToThePermalinkOrToASectionResolve() throws IOException {
		write("page.md", FRONT + "[Area](area-one/), [anchor](#area-one), [home](/) and [other](../other/)\n\n"
				+ "### Area One\nText\n");
		write("other.md", "---\ntitle: Other\npermalink: /other/\n---\nBack to [the page](/page/area-one/)\n");
		Site site = this.loader.load(this.folder.toString());
		assertThat(site.warnings()).isEmpty();
	}

	@Test
	void severalErrorsAreReportedTogetherInFileOrder() throws IOException {
		write("b.md", "---\ntitle: B\npermalink: /b/\ndescription: [oops\n---\n");
		write("a.md", "---\npermalink: /a/\n---\nBody\n");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(this.folder.toString()))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("a.md");
				assertThat(ex.problem()).contains("no 'title'").contains("(and 1 more: b.md, line ");
			});
	}

	@Test
	void warningsAreReportedOnTheirLinesWithoutStoppingTheLoad() throws IOException {
		Files.createDirectories(this.folder.resolve("images"));
		Files.write(this.folder.resolve("images/photo.png"), TestImages.png(4, 4));
		write("page.md", FRONT + "Intro\n\n![](/images/photo.png)\n\n[Old site](http://www.example.gov.sg/)\n\n"
				+ "* Cross link to products and services i.e. Nothing Known\n\n[Area](/page/#nowhere)\n");
		Site site = this.loader.load(this.folder.toString());
		assertThat(site.warnings()).extracting(ContentProblem::toString)
			.containsExactly(
					"page.md, line 7: image /images/photo.png has no alt text: describe it for people who cannot "
							+ "see it",
					"page.md, line 9: link http://www.example.gov.sg/ uses http://: use https:// so visitors' "
							+ "connections stay secure",
					"page.md, line 11: cross link 'Nothing Known' cannot be resolved: add the name under cross_links "
							+ "in site.yml",
					"page.md, line 13: link /page/#nowhere points to #nowhere, but /page/ has no heading with that id");
	}

	@Test
	void aPermalinkThatCollidesWithASectionUrlIsAnError() throws IOException {
		write("page.md", FRONT + "### Contact\nText\n");
		write("contact.md", "---\ntitle: Contact\npermalink: /page/contact/\n---\nBody\n");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(this.folder.toString()))
			.withMessageContaining("/page/contact/ is already taken");
	}

	@Test
	void aPermalinkWhereTheApplicationServesFilesIsAnError() throws IOException {
		write("page.md", "---\ntitle: Pictures\npermalink: /Images/gallery/\n---\nBody\n");
		ReservedPaths reserved = new ReservedPaths(Set.of("/images"), "/search");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.loader.load(this.folder.toString(), reserved))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("page.md");
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.problem()).contains("under /images, which the application answers itself");
			});
	}

	private void assertError(String file, int line, String problem) {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(this.folder.toString()))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.line()).isEqualTo(line);
				assertThat(ex.problem()).contains(problem);
			});
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.folder.resolve(name), text);
	}

}
