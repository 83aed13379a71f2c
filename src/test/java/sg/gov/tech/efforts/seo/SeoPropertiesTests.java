package sg.gov.tech.efforts.seo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeoPropertiesTests {

	@Test
	void buildsAbsoluteUrlsWithoutDoubleSlashes() {
		SeoProperties properties = new SeoProperties(" https://www.tech.gov.sg/ ", true);
		assertThat(properties.baseUrl()).isEqualTo("https://www.tech.gov.sg");
		assertThat(properties.absolute("/a/b/")).isEqualTo("https://www.tech.gov.sg/a/b/");
		assertThat(properties.absolute("https://cdn.example/x.png")).isEqualTo("https://cdn.example/x.png");
		assertThat(new SeoProperties("https://example.gov.sg/sub/", true).absolute("/a/"))
			.isEqualTo("https://example.gov.sg/sub/a/");
	}

	@Test
	void rejectsAddressesThatCannotBeCanonicalUrls() {
		for (String bad : new String[] { "www.tech.gov.sg", "ftp://tech.gov.sg", "https://tech.gov.sg/?a=1",
				"https://tech.gov.sg/#top", "https:// bad", "" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new SeoProperties(bad, true))
				.withMessageContaining("site.base-url");
		}
	}

}
