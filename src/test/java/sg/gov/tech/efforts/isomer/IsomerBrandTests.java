package sg.gov.tech.efforts.isomer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.Brand;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.NavItem;
import sg.gov.tech.efforts.model.Site;

import static org.assertj.core.api.Assertions.assertThat;

/** What an Isomer repository says about its look: its colours, whether it is a government site, its footer's sitemap. */
class IsomerBrandTests {

	private static final String COLORS = """
			colors:
			  primary-color: "#6031b6"
			  secondary-color: "#614067"
			  media-colors:
			    - title: media-color-one
			      color: "#323232"
			    - title: media-color-two
			      color: "#744d9f"
			    - title: media-color-three
			      color: "#50e3c2"
			""";

	@TempDir
	Path folder;

	private Repository repository(String config) {
		return new Repository(this.folder).file("_config.yml", Repository.CONFIG + config)
			.page("index.md", "Home", "/", "Hello");
	}

	@Test
	void theConfigsColoursAreTheSitesBrand() {
		Brand brand = repository(COLORS).read().settings().brand();
		assertThat(brand.primary()).isEqualTo("#6031b6");
		assertThat(brand.secondary()).isEqualTo("#614067");
		assertThat(brand.media().subList(0, 2)).containsExactly("#323232", "#744d9f");
	}

	@Test
	void mediaColoursTheConfigLeavesUnsetKeepTheDefault() {
		Brand brand = repository(COLORS).read().settings().brand();
		assertThat(brand.media().subList(3, 5)).isEqualTo(Brand.DEFAULT.media().subList(3, 5));
	}

	@Test
	void aColourTooLightForWhiteTextIsDarkenedWithAWarningOnItsLine() {
		Site site = repository(COLORS).read();
		String darker = site.settings().brand().media().get(2);
		assertThat(Brand.contrast(darker, "#ffffff")).isGreaterThanOrEqualTo(Brand.AA);
		int line = Repository.CONFIG.split("\n").length + 10;
		assertThat(site.warnings()).filteredOn((problem) -> problem.file().equals("_config.yml"))
			.singleElement()
			.satisfies((ContentProblem problem) -> {
				assertThat(problem.line()).isEqualTo(line);
				assertThat(problem.problem()).startsWith("colors: media-colors 3: the colour #50e3c2")
					.contains("WCAG AA").contains(darker);
			});
	}

	@Test
	void somethingThatIsNotAColourIsIgnoredWithAWarning() {
		Site site = repository("colors:\n  primary-color: purple\n").read();
		assertThat(site.settings().brand().primary()).isEqualTo(Brand.DEFAULT.primary());
		assertThat(site.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("'purple' is not a colour"));
	}

	@Test
	void aSiteWithoutColoursHasTheDefaultBrandWithoutWarnings() {
		Site site = repository("").read();
		assertThat(site.settings().brand()).isEqualTo(Brand.DEFAULT);
		assertThat(site.warnings()).isEmpty();
	}

	@Test
	void isGovernmentFalseLeavesTheMastheadOut() {
		assertThat(repository("is_government: false\n").read().settings().government()).isFalse();
	}

	@Test
	void aSiteThatDoesNotSayIsAGovernmentSiteAsInIsomer() {
		assertThat(repository("").read().settings().government()).isTrue();
		assertThat(repository("is_government: true\n").read().settings().government()).isTrue();
	}

	@Test
	void theFootersNavlinksAreItsSitemap() {
		Repository repository = withNavigation().file("_data/footer.yml",
				"navlinks:\n  - title: About\n    url: /about/\n    sublinks:\n      - title: Team\n        url: /team/\n");
		assertThat(repository.read().settings().footer().sitemap()).singleElement()
			.satisfies((NavItem item) -> {
				assertThat(item.title()).isEqualTo("About");
				assertThat(item.sublinks()).extracting((link) -> link.url().text()).containsExactly("/team/");
			});
	}

	@Test
	void aFooterWithoutNavlinksLeavesTheSitemapToTheNavigation() {
		Repository repository = withNavigation().file("_data/footer.yml", "contact_us: /contact-us/\n");
		assertThat(repository.read().settings().footer().sitemap()).isEmpty();
	}

	private Repository withNavigation() {
		return repository("").file("_data/navigation.yml", "links:\n  - title: Home\n    url: /\n");
	}

	@Test
	void theAgencysOwnSassIsNotServedWithAWarning() {
		Site site = repository("").file("misc/custom.scss", "---\n---\n$primary: red;\n.agency { color: $primary; }\n").read();
		assertThat(site.warnings()).filteredOn((problem) -> problem.file().equals("misc/custom.scss"))
			.singleElement()
			.satisfies((ContentProblem problem) -> assertThat(problem.problem()).contains("not compiled or served"));
		assertThat(site.files()).noneMatch((file) -> file.startsWith("/misc/custom"));
	}

}
