package sg.gov.tech.efforts.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void missingOrBlankIsEmpty() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" \t\n ").isEmpty()).isTrue();
	}

	@Test
	void controlCharactersOrRunsOfSpaceBecomeOneSpace() {
		SearchQuery query = SearchQuery.of("  digital\u0000\u200b\r\n  identity ");
		assertThat(query.text()).isEqualTo("digital identity");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void aLongQueryIsCutWithoutSplittingACharacter() {
		String emoji = "\uD83D\uDE00";
		SearchQuery query = SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH - 1) + emoji + "tail");
		assertThat(query.shortened()).isTrue();
		assertThat(query.text()).endsWith(emoji);
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.of("b".repeat(SearchQuery.MAX_LENGTH)).shortened()).isFalse();
	}

}
