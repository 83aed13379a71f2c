package sg.gov.tech.efforts.isomer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.NavItem;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;

import static org.assertj.core.api.Assertions.assertThat;

/** An Isomer repository's navigation.yml and footer.yml: the header's logo and menus, the footer's links. */
class NavigationReaderTests {

	@TempDir
	Path folder;

	private Repository repository() {
		return new Repository(this.folder);
	}

	@Test
	void theNavigationNamesTheSitesLogo() {
		assertThat(navigation().settings().logo()).hasToString("/images/logo.png");
	}

	@Test
	void aNavigationLinkToACollectionLeadsToItsFirstPage() {
		assertThat(navigation().settings().navigation().get(0).url()).hasToString("/about/");
	}

	@Test
	void aNavigationLinkToACollectionDropsDownItsPagesWithThoseOfItsGroups() {
		NavItem about = navigation().settings().navigation().get(0);
		assertThat(about.sublinks()).extracting((link) -> link.url().text())
			.containsExactly("/about/", "/about/team/lead/");
	}

	@Test
	void aNavigationLinksMenuIsItselfFollowedByItsSublinks() {
		NavItem help = navigation().settings().navigation().get(1);
		assertThat(help.menu()).extracting(Link::title).containsExactly("Help", "FAQ");
	}

	@Test
	void aNavigationLinkToAMissingCollectionIsLeftOutWithAWarning() {
		Site site = navigation();
		assertThat(site.settings().navigation()).hasSize(2);
		assertThat(site.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("names the collection 'missing'"));
	}

	private Site navigation() {
		return repository().page("index.md", "Home", "/", "Hi")
			.page("_about/overview.md", "Overview", "/about/", "")
			.page("_about/team/lead.md", "Lead", "/about/team/lead/", "")
			.file("_data/navigation.yml", "logo: /images/logo.png\nlinks:\n  - title: About Us\n    collection: about\n"
					+ "  - title: Help\n    url: /help/\n    sublinks:\n      - title: FAQ\n        url: /faq/\n"
					+ "  - title: Nowhere\n    collection: missing\n")
			.read();
	}

	@Test
	void theFooterKeepsTheLinksEveryGovSgSiteMustShow() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("_data/footer.yml", "contact_us: /contact/\nfeedback: https://form.gov.sg/x\nshow_reach: true\n"
					+ "privacy_policy: /our-privacy/\nsocial_media:\n  youtube: https://www.youtube.com/x\n")
			.read();
		assertThat(site.settings().footer().links()).extracting(Link::title)
			.containsExactly("REACH", "Feedback", "Contact Us");
		assertThat(site.settings().footer().legal()).extracting(Link::title, Link::url)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Report Vulnerability",
					NavigationReader.REPORT_VULNERABILITY), org.assertj.core.groups.Tuple.tuple("Privacy Statement",
					new Url("/our-privacy/")),
					org.assertj.core.groups.Tuple.tuple("Terms of Use", new Url("/terms-of-use/")));
		assertThat(site.settings().footer().social()).extracting(Link::title).containsExactly("YouTube");
	}

}
