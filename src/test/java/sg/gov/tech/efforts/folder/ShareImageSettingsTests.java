package sg.gov.tech.efforts.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The link-preview picture editors set in site.yml. */
class ShareImageSettingsTests {

	private static final String SETTINGS = "name: Site\nhome: /one/\ncopyright: Someone\n";

	private final ContentLoader loader = new ContentLoader();

	@TempDir
	private Path folder;

	@BeforeEach
	void onePage() throws IOException {
		Files.writeString(this.folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\nText\n");
	}

	@Test
	void theEmbeddedSiteHasAPictureWithItsDescription() {
		ShareImage image = this.loader.load(SiteProperties.Content.EMBEDDED).settings().shareImage();
		assertThat(image.url()).hasToString("/images/share/our-digital-government-efforts.png");
		assertThat(image.alt()).isNotBlank();
		assertThat(image.present()).isTrue();
	}

	@Test
	void aPictureInTheFoldersImagesIsUsed() throws IOException {
		Files.createDirectories(this.folder.resolve("images"));
		Files.write(this.folder.resolve("images/card.png"), new byte[] { 1 });
		settings("share_image: /images/card.png\nshare_image_alt: A card\n");
		ShareImage image = this.loader.load(this.folder.toString()).settings().shareImage();
		assertThat(image).isEqualTo(new ShareImage(new Url("/images/card.png"), "A card"));
	}

	@Test
	void withoutAPictureSettingPreviewsHaveNone() throws IOException {
		settings("");
		assertThat(this.loader.load(this.folder.toString()).settings().shareImage().present()).isFalse();
	}

	@Test
	void aFolderWithoutSettingsDoesNotPointAtThePictureOnlyTheJarHas() {
		assertThat(this.loader.load(this.folder.toString()).settings().shareImage()).isEqualTo(ShareImage.NONE);
	}

	@Test
	void aMissingFileNamesTheSettingsLine() throws IOException {
		settings("share_image: /images/none.png\nshare_image_alt: Nothing\n");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(this.folder.toString()))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("site.yml");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.problem()).contains("/images/none.png").contains("no such file");
			});
	}

	@Test
	void aPictureNeedsWordsDescribingIt() throws IOException {
		settings("share_image: https://example.gov.sg/card.png\n");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(this.folder.toString()))
			.withMessageContaining("share_image_alt");
	}

	@Test
	void onlyImagesOfTheSiteOrHttpsAddressesAreAccepted() throws IOException {
		for (String bad : new String[] { "javascript:alert(1)", "/files/../secret.png", "http://example.com/a.png",
				"/images/../site.yml" }) {
			settings("share_image: \"" + bad + "\"\nshare_image_alt: A picture\n");
			assertThatExceptionOfType(ContentException.class).as(bad)
				.isThrownBy(() -> this.loader.load(this.folder.toString()))
				.withMessageContaining("'share_image' must be");
		}
	}

	private void settings(String extra) throws IOException {
		Files.writeString(this.folder.resolve("site.yml"), SETTINGS + extra);
	}

}
