package sg.gov.tech.efforts.isomer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.source.ContentRoot;

import static org.assertj.core.api.Assertions.assertThat;

/** An Isomer repository read as it stands: settings, pages, collections, layouts, headings, problems, re-reads. */
class IsomerReaderTests {

	@TempDir
	Path folder;

	private Repository repository() {
		return new Repository(this.folder);
	}

	@Test
	void readsTheSiteSettingsFromConfig() {
		Site site = agencyOfTests();
		assertThat(site.settings().name()).isEqualTo("Agency of Tests");
		assertThat(site.settings().favicon()).hasToString("/images/icon.ico");
		assertThat(site.hasFile("/images/icon.ico")).isTrue();
	}

	@Test
	void theHomepageIsTheSlashPage() {
		Site site = agencyOfTests();
		assertThat(site.settings().home()).isEqualTo("/");
		assertThat(site.route("/")).isInstanceOf(Route.PageRoute.class);
	}

	private Site agencyOfTests() {
		return repository().file("_config.yml", Repository.CONFIG + "title: Agency of Tests\nfavicon: /images/icon.ico\n")
			.file("images/icon.ico", "icon")
			.page("index.md", "Welcome", "/", "Hello")
			.read();
	}

	@Test
	void filesJekyllWouldNotPublishAreNotPages() {
		Site site = repository().file("_config.yml", Repository.CONFIG + "exclude:\n  - drafts/\n")
			.page("index.md", "Home", "/", "Hi")
			.file("README.md", "---\ntitle: Readme\npermalink: /readme/\n---\n")
			.file("notes.md", "Just notes\n")
			.page("drafts/idea.md", "Idea", "/idea/", "Not yet")
			.page("_includes/snippet.md", "Snippet", "/snippet/", "Included")
			.page("_layouts/page.md", "Layout", "/layout/", "Layout")
			.page("_data/table.md", "Data", "/data/", "Data")
			.read();
		assertThat(site.pages()).extracting(Page::permalink).containsExactly("/", "/readme/");
		assertThat(site.hasFile("/notes.md")).as("sources are never served as files").isFalse();
	}

	@Test
	void aFolderWithoutACollectionYmlListsItsPagesInPathOrder() {
		assertThat(twoCollections().collection("guides").orElseThrow().entries())
			.extracting((entry) -> entry.first().title())
			.containsExactly("A", "B");
	}

	@Test
	void aCollectionYmlOrdersItsFolder() {
		assertThat(twoCollections().collection("about").orElseThrow().entries())
			.extracting((entry) -> entry.first().title())
			.containsExactly("Second", "First");
	}

	private Site twoCollections() {
		return repository().page("index.md", "Home", "/", "Hi")
			.page("_guides/b.md", "B", "/guides/b/", "")
			.page("_guides/a.md", "A", "/guides/a/", "")
			.page("_about/second.md", "Second", "/about/second/", "")
			.page("_about/first.md", "First", "/about/first/", "")
			.file("_about/collection.yml", "collections:\n  about:\n    order:\n      - second.md\n      - first.md\n")
			.read();
	}

	@Test
	void theCollectionsSubFoldersAreGroupsTitledByTheirThirdNavTitle() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.page("_about/overview.md", "Overview", "/about/", "")
			.file("_about/team/lead.md", "---\ntitle: Lead\npermalink: /about/team/lead/\nthird_nav_title: Our People\n---\n")
			.page("_about/team/staff.md", "Staff", "/about/team/staff/", "")
			.page("_about/history/then.md", "Then", "/about/then/", "")
			.read();
		PageCollection about = site.collection("about").orElseThrow();
		assertThat(about.entries()).hasSize(3);
		PageCollection.Group team = about.group("team").orElseThrow();
		assertThat(team.title()).isEqualTo("Our People");
		assertThat(team.pages()).extracting(Page::title).containsExactly("Lead", "Staff");
		assertThat(about.group("history").orElseThrow().title()).isEqualTo("History");
		assertThat(site.page("/about/team/staff/").placement().group()).isEqualTo("team");
	}

	@Test
	void ofTwoFilesWithOneUrlTheOneJekyllWritesLastWinsWithAWarningNamingBoth() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.page("same.md", "The page", "/same/", "")
			.page("news/a/_posts/2024-01-01-same.md", "The post", "/same/", "")
			.read();
		assertThat(site.page("/same/").title()).isEqualTo("The post");
		assertThat(site.warnings()).filteredOn((warning) -> warning.problem().contains("/same/"))
			.extracting(ContentProblem::file)
			.containsExactlyInAnyOrder("same.md", "news/a/_posts/2024-01-01-same.md");
	}

	@Test
	void aFileThatCannotBeParsedIsLeftOutWithAnErrorOnItsLine() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("broken.md", "---\ntitle: [oops\npermalink: /broken/\n---\n")
			.file("no-opening.md", "title: Lost\npermalink: /lost/\n---\nBody\n")
			.read();
		assertThat(site.pages()).extracting(Page::permalink).containsExactly("/");
		assertThat(site.errors()).extracting(ContentProblem::file).containsExactly("broken.md", "no-opening.md");
		assertThat(site.errors().get(1).problem()).contains("no opening '---'").contains("line 3");
	}

	@Test
	void anUnknownLayoutIsShownAsAPageWithAWarning() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("odd.md", "---\ntitle: Odd\npermalink: /odd/\nlayout: fancy-page\n---\n")
			.read();
		assertThat(site.page("/odd/").layout()).isEqualTo(Layout.PAGE);
		assertThat(site.warnings()).extracting(ContentProblem::toString)
			.contains("odd.md, line 4: the layout 'fancy-page' is not one this site knows: the page is shown with the "
					+ "'page' layout");
	}

	@Test
	void aLayoutOfTheThemeThisSiteDoesNotRenderIsShownAsItsNearestWithAWarningNamingIt() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("team.md", "---\ntitle: Team\npermalink: /team/\nlayout: our-team\n---\n")
			.file("blank.md", "---\ntitle: Blank\npermalink: /blank/\nlayout: blank\n---\n")
			.read();
		assertThat(site.page("/team/").layout()).isEqualTo(Layout.PAGE);
		assertThat(site.page("/blank/").layout()).isEqualTo(Layout.SKELETON);
		assertThat(site.warnings()).extracting(ContentProblem::toString)
			.contains("team.md, line 4: the theme's layout 'our-team' is not rendered here: the page is shown with the "
					+ "nearest, 'page'", "blank.md, line 4: the theme's layout 'blank' is not rendered here: the page is "
					+ "shown with the nearest, 'skeleton'");
	}

	@Test
	void theThemesLayoutsRenderedHereNeedNoWarning() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("a.md", "---\ntitle: A\npermalink: /a/\nlayout: skeleton\n---\n")
			.file("b.md", "---\ntitle: B\npermalink: /b/\nlayout: default\n---\n")
			.file("c.md", "---\ntitle: C\npermalink: /c/\nlayout: leftnav-page\n---\n")
			.file("d.md", "---\ntitle: D\npermalink: /d/\nlayout: contact-us\n---\n")
			.read();
		assertThat(site.pages()).extracting(Page::permalink, Page::layout).contains(
				org.assertj.core.groups.Tuple.tuple("/a/", Layout.SKELETON),
				org.assertj.core.groups.Tuple.tuple("/b/", Layout.SKELETON),
				org.assertj.core.groups.Tuple.tuple("/c/", Layout.PAGE),
				org.assertj.core.groups.Tuple.tuple("/d/", Layout.CONTACT_US));
		assertThat(site.warnings()).extracting(ContentProblem::problem).noneMatch((problem) -> problem.contains("layout"));
	}

	@Test
	void headingsGetAnchorsNotPagesUnlessAPageOptsIn() {
		String body = "Intro\n\n### One\nText\n\n### Two\nMore";
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.page("standard.md", "Standard", "/standard/", body)
			.file("opted.md", "---\ntitle: Opted\npermalink: /opted/\nsection_pages: true\n---\n" + body)
			.read();
		assertThat(site.page("/standard/").sections()).extracting((section) -> section.slug()).containsExactly("one", "two");
		assertThat(site.page("/standard/").introHtml()).contains("id=\"one\"");
		assertThat(site.routes()).extracting(Route::path).contains("/opted/one/").doesNotContain("/standard/one/");
	}

	@Test
	void aHomepagesUnknownSectionsOrKeysAreWarningsNotContent() {
		Site site = repository().file("index.md", "---\nlayout: homepage\ntitle: Home\npermalink: /\nsections:\n"
				+ "  - hero:\n      title: Hello\n      colour: red\n  - carousel:\n      items: []\n---\n")
			.read();
		PageDetails.HomepageDetails home = (PageDetails.HomepageDetails) site.page("/").details();
		assertThat(home.sections()).extracting((section) -> section.kind()).containsExactly("hero");
		assertThat(site.warnings()).extracting(ContentProblem::problem)
			.contains("the homepage section 'hero' has no setting 'colour'; it is ignored",
					"the homepage section 'carousel' is not one Isomer knows; it is left out");
	}

	@Test
	void aContactPageTakesItsDetailsFromItsFrontMatterElseFromContactUsYml() {
		Site site = repository().page("index.md", "Home", "/", "Hi")
			.file("contact.md", "---\ntitle: Contact\npermalink: /contact/\nlayout: contact_us\n---\nWrite to us.\n")
			.file("_data/contact-us.yml", "agency_name: Test Agency\nlocations:\n  - title: HQ\n    address:\n"
					+ "      - 1 Road\n      - Singapore 1\n    operating-hours:\n      - days: Mon\n        time: 9-5\n"
					+ "column:\n  - title: Call us\n    content:\n      - line: enquiries@test.gov.sg\n")
			.read();
		PageDetails.ContactDetails contact = (PageDetails.ContactDetails) site.page("/contact/").details();
		assertThat(contact.agency()).isEqualTo("Test Agency");
		assertThat(contact.locations().get(0).address()).containsExactly("1 Road", "Singapore 1");
		assertThat(contact.locations().get(0).hours().get(0).days()).isEqualTo("Mon");
		assertThat(contact.contacts().get(0).lines().get(0).href()).hasToString("mailto:enquiries@test.gov.sg");
	}

	@Test
	void aMissingLocalImageOrBrokenLinkIsAWarningNamingItsLine() {
		Site site = repository().page("index.md", "Home", "/", "Hi\n\n![A chart](/images/chart.png)\n\n[Gone](/gone/)")
			.read();
		assertThat(site.errors()).isEmpty();
		assertThat(site.warnings()).extracting(ContentProblem::toString)
			.contains("index.md, line 7: image /images/chart.png resolves to nothing: there is no file images/chart.png "
					+ "in the content folder", "index.md, line 9: link /gone/ resolves to nothing: no page or section "
							+ "has the URL /gone/");
	}

	@Test
	void aReReadServesAnEdit() {
		Repository repository = repository().page("index.md", "Home", "/", "Hi")
			.page("_about/a.md", "A", "/about/a/", "First version");
		IsomerReader reader = new IsomerReader(false, false);
		ContentRoot root = ContentRoot.of(repository.root().toString());
		assertThat(reader.read(root).page("/about/a/").introHtml()).contains("First version");
		repository.page("_about/a.md", "A", "/about/a/", "Second version").page("_about/b.md", "B", "/about/b/", "");
		Site edited = reader.read(root);
		assertThat(edited.page("/about/a/").introHtml()).contains("Second version");
		assertThat(edited.collection("about").orElseThrow().entries()).hasSize(2);
	}

	@Test
	void aBrokenEditKeepsTheFilesLastGoodVersion() {
		Repository repository = repository().page("index.md", "Home", "/", "Hi")
			.page("_about/a.md", "A", "/about/a/", "Good version");
		IsomerReader reader = new IsomerReader(false, false);
		ContentRoot root = ContentRoot.of(repository.root().toString());
		assertThat(reader.read(root).page("/about/a/").introHtml()).contains("Good version");
		repository.file("_about/a.md", "---\ntitle: [broken\n---\n");
		Site broken = reader.read(root);
		assertThat(broken.page("/about/a/").introHtml()).contains("Good version");
		assertThat(broken.errors()).extracting(ContentProblem::file).containsExactly("_about/a.md");
	}

}
