package sg.gov.tech.efforts.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private final SearchIndex index = new SearchIndex();

	@BeforeEach
	void indexTheEmbeddedSite() {
		this.index.siteLoaded(new ContentLoader().load(SiteProperties.Content.EMBEDDED));
	}

	@Test
	void singpassLeadsToTheDigitalIdentityArea() {
		List<SearchHit> hits = search("singpass");
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).url()).isEqualTo(PAGE + "digital-identity/");
		assertThat(text(hits.get(0).title())).isEqualTo("Digital Identity");
		assertThat(hits.get(0).context()).isEqualTo("Our Digital Government Efforts");
		assertThat(marked(hits.get(0).snippet())).containsExactly("SingPass");
	}

	@Test
	void wordFormsMatch() {
		assertThat(search("identities")).first().extracting(SearchHit::url).isEqualTo(PAGE + "digital-identity/");
		assertThat(search("journey")).first().extracting(SearchHit::url)
			.isEqualTo(PAGE + "user-and-business-journeys/");
		assertThat(marked(search("identities").get(0).title())).containsExactly("Identity");
	}

	@Test
	void wordsAnywhereInASectionsTextAreFound() {
		List<SearchHit> hits = search("decarbonising");
		assertThat(hits).extracting(SearchHit::url).containsExactly(PAGE + "sustainability/");
		List<SearchHit.Fragment> snippet = hits.get(0).snippet();
		assertThat(marked(snippet)).containsExactly("decarbonising");
		String shown = text(snippet);
		assertThat(shown.length()).isLessThanOrEqualTo(FragmentFormatter.LENGTH + 2);
		assertThat(shown).contains("taking the lead in decarbonising public sector technology");
	}

	@Test
	void aTitleMatchRanksAboveAMatchInPassing() {
		List<SearchHit> hits = search("cybersecurity");
		assertThat(hits).first().extracting(SearchHit::url).isEqualTo(PAGE + "cybersecurity/");
		assertThat(search("digital government")).first().extracting(SearchHit::url).isEqualTo(PAGE);
	}

	@Test
	void everyWordMustMatchWhenSomethingHasThemAll() {
		SearchResults all = this.index.search(SearchQuery.of("singpass transactions"));
		assertThat(all.hits()).extracting(SearchHit::url).containsExactly(PAGE + "digital-identity/");
		assertThat(all.everyWord()).isTrue();
		assertThat(search("digital identity")).hasSizeLessThan(search("digital").size());
	}

	@Test
	void whenNothingHasEveryWordPagesWithSomeOfThemAreFound() {
		SearchResults some = this.index.search(SearchQuery.of("singpass zebra"));
		assertThat(some.hits()).extracting(SearchHit::url).containsExactly(PAGE + "digital-identity/");
	}

	@Test
	void hitsWithOnlySomeOfTheWordsSaySo() {
		assertThat(this.index.search(SearchQuery.of("singpass zebra")).everyWord()).isFalse();
		assertThat(this.index.search(SearchQuery.of("zebra giraffe")).everyWord()).isTrue();
	}

	@Test
	void queriesAreNeverReadAsSyntax() {
		for (String query : List.of("title:(foo AND", "\"unclosed", "*", "?identity", "a OR", "~2 ^3 [1 TO",
				"<script>alert(1)</script>", "\\", "identity)")) {
			assertThat(this.index.search(SearchQuery.of(query)).hits()).as(query).isNotNull();
		}
		assertThat(search("identity)")).first().extracting(SearchHit::url).isEqualTo(PAGE + "digital-identity/");
	}

	@Test
	void onlyStopWordsOrNothingFindsNothing() {
		assertThat(search("the and of")).isEmpty();
		assertThat(search("   ")).isEmpty();
		assertThat(search("zebra")).isEmpty();
	}

	@Test
	void aNewlyLoadedSiteReplacesTheIndexWhole(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("zoo.md"), "---\ntitle: Zoo\npermalink: /zoo/\n---\nAnimals.\n\n"
				+ "### Zebras\n* Striped horses of Africa\n");
		this.index.siteLoaded(new ContentLoader().load(folder.toString()));
		assertThat(search("zebra")).extracting(SearchHit::url).containsExactly("/zoo/zebras/");
		assertThat(search("singpass")).isEmpty();
	}

	@Test
	void hitsComeTenAPage(@TempDir Path folder) throws IOException {
		List<SearchResults> pages = threePagesOfPermits(folder);
		assertThat(pages).extracting((page) -> page.hits().size()).containsExactly(10, 10, 3);
		assertThat(pages).allSatisfy((page) -> {
			assertThat(page.total()).isEqualTo(23);
			assertThat(page.pageCount()).isEqualTo(3);
		});
		assertThat(pages.get(2).first()).isEqualTo(21);
		assertThat(this.index.search(SearchQuery.of("permit"), 99).page()).as("past the last page").isEqualTo(3);
	}

	@Test
	void thePagesOfHitsTogetherHoldEachHitOnce(@TempDir Path folder) throws IOException {
		List<SearchResults> pages = threePagesOfPermits(folder);
		assertThat(pages.stream().flatMap((page) -> page.hits().stream()).map(SearchHit::url).distinct()).hasSize(23);
	}

	private List<SearchResults> threePagesOfPermits(Path folder) throws IOException {
		for (int i = 1; i <= 23; i++) {
			Files.writeString(folder.resolve("permit-" + i + ".md"), "---\ntitle: Permit " + i + "\npermalink: /permits/"
					+ i + "/\n---\nApply for permit number " + i + ".\n");
		}
		this.index.siteLoaded(new ContentLoader().load(folder.toString()));
		return List.of(1, 2, 3).stream().map((page) -> this.index.search(SearchQuery.of("permit"), page)).toList();
	}

	@Test
	void aSnippetIsAboutThreeHundredCharactersOfWholeWordsWithEveryMatchMarked(@TempDir Path folder)
			throws IOException {
		String before = "Residents of every town across the island keep their homes clean and dry all year. ".repeat(4);
		String after = "Inspectors visit homes and offices each week to look for stagnant water in pails. ".repeat(4);
		Files.writeString(folder.resolve("dengue.md"), "---\ntitle: Dengue\npermalink: /dengue/\n---\n" + before
				+ "\n\nMosquitoes breed in still water, so turn over pails and clear roof gutters.\n\n" + after
				+ "\n\nMore on mosquitoes later.\n");
		this.index.siteLoaded(new ContentLoader().load(folder.toString()));
		String shown = text(search("mosquitoes").get(0).snippet());
		assertThat(shown.length()).isBetween(FragmentFormatter.LENGTH - 40, FragmentFormatter.LENGTH + 2);
		assertThat(shown).startsWith("…Mosquitoes breed in still water").endsWith("…").doesNotContain("\n");
		assertThat(marked(search("mosquitoes").get(0).snippet())).containsExactly("Mosquitoes");
		assertThat(shown.substring(1, shown.length() - 1).split(" ")).allSatisfy(
				(word) -> assertThat(before + after + "Mosquitoes breed in still water, so turn over pails and clear roof gutters.")
					.contains(word));
	}

	private List<SearchHit> search(String query) {
		return this.index.search(SearchQuery.of(query)).hits();
	}

	static String text(List<SearchHit.Fragment> fragments) {
		return fragments.stream().map(SearchHit.Fragment::text).collect(Collectors.joining());
	}

	static List<String> marked(List<SearchHit.Fragment> fragments) {
		return fragments.stream().filter(SearchHit.Fragment::match).map(SearchHit.Fragment::text).toList();
	}

}
