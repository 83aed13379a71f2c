package sg.gov.tech.efforts.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PermalinksTests {

	@ParameterizedTest
	@ValueSource(strings = { "/about-us/", "/news/2024/a-post.html", "/:categories/:title/", "/Our Stories/",
			"/a..b/", "/pa%20ge/" })
	void pathsOfThisSiteArePermalinks(String permalink) {
		assertThat(Permalinks.problem(permalink)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "http://www.example.org/a.pdf|starts with a scheme",
			"javascript:alert(1)|starts with a scheme", "//evil.example/|names a host", "/a\\b/|backslash",
			"/a/../../etc/|segment", "/a/b/..|segment" })
	void otherSitesSchemesOrPathTricksAreRefused(String permalink, String problem) {
		assertThat(Permalinks.problem(permalink)).hasValueSatisfying((found) -> assertThat(found).contains(problem));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/a\tb/", "/a\nb/", "/a\u0000b/", "/a\u2028b/" })
	void controlCharactersAreRefused(String permalink) {
		assertThat(Permalinks.problem(permalink)).hasValueSatisfying((found) -> assertThat(found).contains("control"));
	}

	@ParameterizedTest
	@CsvSource({ "a, 1000, false", "a, 1001, true", "\u4E2D, 112, false", "\u4E2D, 113, true" })
	void aUrlLongerThanAThousandCharactersAsSentIsRefused(String character, int count, boolean refused) {
		assertThat(Permalinks.problem("/" + character.repeat(count - 1)).isPresent()).isEqualTo(refused);
	}

}
