package sg.gov.tech.efforts.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReservedPathsTests {

	private final ReservedPaths reserved = new ReservedPaths(Set.of("/assets", "/readyz", "/sitemap.xml", "/search",
			"/preview"), "/search");

	@ParameterizedTest
	@CsvSource({ "/assets/site.css, /assets", "/ASSETS/x/, /assets", "/readyz, /readyz", "/readyz/, /readyz",
			"/sitemap.xml, /sitemap.xml", "/preview/anything/, /preview", "/search/, /search" })
	void aPathEqualToOrUnderAReservedOneIsClaimed(String path, String segment) {
		assertThat(this.reserved.claimedBy(path, Layout.PAGE)).hasValue(segment);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/assets-and-more/", "/about/assets/", "/readyzz/", "/searching/" })
	void otherPathsAreFree(String path) {
		assertThat(this.reserved.claimedBy(path, Layout.PAGE)).isEmpty();
	}

	@Test
	void onlyTheSearchPageMayStandWhereTheSearchAnswers() {
		assertThat(this.reserved.claimedBy("/search/", Layout.SEARCH)).isEmpty();
		assertThat(this.reserved.claimedBy("/assets/", Layout.SEARCH)).hasValue("/assets");
	}

	@ParameterizedTest
	@CsvSource({ "/assets/**, /assets", "/sitemap.xml, /sitemap.xml", "/preview/problems/, /preview",
			"/Favicon.ico, /favicon.ico" })
	void aMappingReservesItsFirstSegment(String pattern, String segment) {
		assertThat(ReservedPaths.segmentOf(pattern)).hasValue(segment);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/**", "/*", "/{slug}/x" })
	void aCatchAllMappingReservesNothing(String pattern) {
		assertThat(ReservedPaths.segmentOf(pattern)).isEmpty();
	}

	@Test
	void aSiteWithAPageOnAReservedPathIsFound() {
		Page page = new Page("a.md", new FrontMatter("A", "/assets/a/", "", "", "markdown"), "", List.of(), "",
				Instant.EPOCH);
		Page free = new Page("b.md", new FrontMatter("B", "/b/", "", "", "markdown"), "", List.of(), "", Instant.EPOCH);
		SiteSettings settings = new SiteSettings("S", "/b/", List.of(), List.of(), "S");
		assertThat(this.reserved.anyIn(new Site(settings, List.of(page, free)))).isTrue();
		assertThat(this.reserved.anyIn(new Site(settings, List.of(free)))).isFalse();
		assertThat(ReservedPaths.NONE.anyIn(new Site(settings, List.of(page)))).isFalse();
	}

}
