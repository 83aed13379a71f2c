package sg.gov.tech.efforts.site;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.site.HttpProperties.PageCache;

import static org.assertj.core.api.Assertions.assertThat;

class HttpPropertiesTests {

	@Test
	void hstsHeaderFollowsTheSettings() {
		assertThat(HttpProperties.defaults().strictTransportSecurity()).isEqualTo("max-age=31536000; includeSubDomains");
		assertThat(properties(Duration.ofDays(2), false, PageCache.SHARED).strictTransportSecurity())
			.isEqualTo("max-age=172800");
	}

	@Test
	void pagesMayBeKeptByCdnsWhileBrowsersRevalidate() {
		assertThat(HttpProperties.defaults().pageCacheControl())
			.isEqualTo("public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400");
	}

	@Test
	void noCacheStaysAvailable() {
		assertThat(properties(Duration.ofDays(365), true, PageCache.NO_CACHE).pageCacheControl()).isEqualTo("no-cache");
	}

	private static HttpProperties properties(Duration hsts, boolean subdomains, PageCache cache) {
		return new HttpProperties(hsts, subdomains, Duration.ofMinutes(10), cache, Duration.ofMinutes(5),
				Duration.ofMinutes(1), Duration.ofDays(1), "Cache-Tag", true);
	}

}
