package sg.gov.tech.efforts.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Brand;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The colours and government flag editors set in site.yml, as Isomer sites set them in _config.yml. */
class BrandSettingsTests {

	private static final String SETTINGS = "name: Site\nhome: /one/\ncopyright: Someone\n";

	private final ContentLoader loader = new ContentLoader();

	@TempDir
	private Path folder;

	@BeforeEach
	void onePage() throws IOException {
		Files.writeString(this.folder.resolve("one.md"), "---\ntitle: One\npermalink: /one/\n---\nText\n");
	}

	@Test
	void theEmbeddedSiteCarriesGovTechsColoursWithoutAWarning() {
		Site site = this.loader.load(SiteProperties.Content.EMBEDDED);
		assertThat(site.settings().brand().primary()).isEqualTo("#ba2fa2");
		assertThat(site.settings().brand().secondary()).isEqualTo("#0061af");
		assertThat(site.warnings()).extracting(ContentProblem::file).doesNotContain("site.yml");
	}

	@Test
	void theEmbeddedSiteShowsTheMasthead() {
		assertThat(this.loader.load(SiteProperties.Content.EMBEDDED).settings().government()).isTrue();
	}

	@Test
	void coloursInSiteYmlAreTheBrand() throws IOException {
		Brand brand = primaryAndMediaColours();
		assertThat(brand.primary()).isEqualTo("#123456");
		assertThat(brand.secondary()).isEqualTo(Brand.DEFAULT.secondary());
	}

	@Test
	void mediaColoursInSiteYmlMayBeBareColours() throws IOException {
		assertThat(primaryAndMediaColours().media().subList(0, 2)).containsExactly("#323232", "#744d9f");
	}

	private Brand primaryAndMediaColours() throws IOException {
		settings("colors:\n  primary-color: '#123456'\n  media-colors:\n    - '#323232'\n    - '#744D9F'\n");
		return this.loader.load(this.folder.toString()).settings().brand();
	}

	@Test
	void aSecondaryColourTooLightIsDarkenedWithAWarningOnItsLineOfSiteYml() throws IOException {
		settings("colors:\n  primary-color: '#123456'\n  secondary-color: '#7fb2e5'\n");
		Site site = this.loader.load(this.folder.toString());
		assertThat(Brand.contrast(site.settings().brand().secondary(), "#ffffff")).isGreaterThanOrEqualTo(Brand.AA);
		assertThat(site.warnings()).singleElement().satisfies((ContentProblem problem) -> {
			assertThat(problem.file()).isEqualTo("site.yml");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.problem()).startsWith("colors: secondary-color: the colour #7fb2e5");
		});
	}

	@Test
	void isGovernmentFalseLeavesTheMastheadOut() throws IOException {
		settings("is_government: false\n");
		assertThat(this.loader.load(this.folder.toString()).settings().government()).isFalse();
	}

	private void settings(String more) throws IOException {
		Files.writeString(this.folder.resolve("site.yml"), SETTINGS + more);
	}

}
