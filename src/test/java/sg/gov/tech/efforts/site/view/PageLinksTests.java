package sg.gov.tech.efforts.site.view;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A long list's page links: the first, the last, those near the current page, and gaps for the rest. */
class PageLinksTests {

	@Test
	void aFewPagesAreEachLinked() {
		assertThat(shown(5, 3)).isEqualTo("1 2 [3] 4 5");
	}

	@Test
	void aHundredPagesShowTheEndsAndTheNeighboursOfTheCurrentOne() {
		assertThat(shown(100, 1)).isEqualTo("[1] 2 3 … 100");
		assertThat(shown(100, 50)).isEqualTo("1 … 48 49 [50] 51 52 … 100");
		assertThat(shown(100, 100)).isEqualTo("1 … 98 99 [100]");
	}

	@Test
	void aGapOfOnePageIsThatPage() {
		assertThat(shown(100, 4)).isEqualTo("1 2 3 [4] 5 6 … 100");
		assertThat(shown(100, 97)).isEqualTo("1 … 95 96 [97] 98 99 100");
	}

	@Test
	void eachPageLinkLeadsToItsPage() {
		assertThat(tenNewsPages()).filteredOn((link) -> !link.title().equals("…"))
			.extracting(NavLink::url)
			.containsExactly("/news/page1/", "/news/page2/", "/news/page3/", "/news/page10/");
	}

	@Test
	void aGapLeadsNowhere() {
		assertThat(tenNewsPages()).extracting(NavLink::title, NavLink::url)
			.containsOnlyOnce(org.assertj.core.groups.Tuple.tuple("…", null))
			.element(3)
			.isEqualTo(org.assertj.core.groups.Tuple.tuple("…", null));
	}

	private static List<NavLink> tenNewsPages() {
		return ViewModels.pageLinks(10, 1, (number) -> "/news/page" + number + "/");
	}

	private static String shown(int count, int current) {
		return String.join(" ", ViewModels.pageLinks(count, current, (number) -> "/" + number + "/")
			.stream()
			.map((link) -> link.current() ? "[" + link.title() + "]" : link.title())
			.toList());
	}

}
