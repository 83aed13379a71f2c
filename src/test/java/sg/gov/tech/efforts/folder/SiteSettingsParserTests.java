package sg.gov.tech.efforts.folder;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.SiteSettings;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSettingsParserTests {

	private static final String SETTINGS = """
			name: Site
			home: /home/
			copyright: Agency
			navigation:
			  - title: Home
			    url: /home/
			  - title: Script
			    url: " JaVa&#x09;Script:alert(1)"
			footer:
			  - title: Old
			    url: http://example.org/
			""";

	private final ValidationReport report = new ValidationReport();

	private final SiteSettings settings = new SiteSettingsParser().parse("site.yml", SETTINGS, this.report);

	@Test
	void aLinkWithARefusedSchemeKeepsItsTitleWithoutAnAddress() {
		assertThat(this.settings.navigation()).extracting((item) -> item.title(), (item) -> item.url())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Home", new Url("/home/")),
					org.assertj.core.groups.Tuple.tuple("Script", Url.NONE));
		assertThat(this.report.warnings()).filteredOn((warning) -> warning.line() == 8).singleElement()
			.extracting(ContentProblem::problem).asString()
			.contains("url of the navigation link 'Script'").contains("javascript:");
	}

	@Test
	void anHttpLinkIsKeptWithAWarning() {
		assertThat(this.settings.footer().links()).extracting(Link::url).containsExactly(new Url("http://example.org/"));
		assertThat(this.report.warnings()).filteredOn((warning) -> warning.line() == 11).singleElement()
			.extracting(ContentProblem::problem).asString().contains("uses http://");
	}

}
