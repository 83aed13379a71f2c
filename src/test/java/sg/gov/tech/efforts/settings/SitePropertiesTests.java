package sg.gov.tech.efforts.settings;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.settings.SiteProperties.Http.PageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SitePropertiesTests {

	@Test
	void baseUrlKeepsNeitherSurroundingSpaceNorTrailingSlash() {
		SiteProperties properties = new SiteProperties();
		properties.setBaseUrl(" https://www.tech.gov.sg/ ");
		assertThat(properties.getBaseUrl()).isEqualTo("https://www.tech.gov.sg");
	}

	@Test
	void anAbsoluteUrlJoinsTheBaseUrlToThePathWithOneSlash() {
		SiteProperties properties = new SiteProperties();
		properties.setBaseUrl("https://example.gov.sg/sub/");
		assertThat(properties.absolute("/a/")).isEqualTo("https://example.gov.sg/sub/a/");
		assertThat(properties.absolute("a/")).isEqualTo("https://example.gov.sg/sub/a/");
	}

	@Test
	void absoluteUrlsPassThrough() {
		assertThat(new SiteProperties().absolute("https://cdn.example/x.png")).isEqualTo("https://cdn.example/x.png");
	}

	@Test
	void baseUrlThatCannotMakeCanonicalUrlsIsRejected() {
		for (String bad : new String[] { "www.tech.gov.sg", "ftp://tech.gov.sg", "https://tech.gov.sg/?a=1",
				"https://tech.gov.sg/#top", "https:// bad", "" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new SiteProperties().setBaseUrl(bad))
				.withMessageContaining("site.base-url");
		}
	}

	@Test
	void hstsHeaderByDefaultLastsAYearIncludingSubdomains() {
		assertThat(new SiteProperties().getHttp().strictTransportSecurity())
			.isEqualTo("max-age=31536000; includeSubDomains");
	}

	@Test
	void hstsHeaderFollowsTheSettings() {
		SiteProperties.Http http = new SiteProperties().getHttp();
		http.setHstsMaxAge(Duration.ofDays(2));
		http.setHstsIncludeSubdomains(false);
		assertThat(http.strictTransportSecurity()).isEqualTo("max-age=172800");
	}

	@Test
	void pagesMayBeKeptByCdnsWhileBrowsersRevalidate() {
		assertThat(new SiteProperties().getHttp().pageCacheControl())
			.isEqualTo("public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400");
	}

	@Test
	void noCacheMakesEveryCacheRevalidate() {
		SiteProperties.Http http = new SiteProperties().getHttp();
		http.setPageCache(PageCache.NO_CACHE);
		assertThat(http.pageCacheControl()).isEqualTo("no-cache");
	}

	@Test
	void imageQualityAboveOneIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties().getImages().setWebpQuality(1.5f))
			.withMessageContaining("site.images.webp-quality");
	}

	@Test
	void noImageThreadsIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties().getImages().setThreads(0))
			.withMessageContaining("site.images.threads");
	}

}
