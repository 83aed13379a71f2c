package sg.gov.tech.efforts.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site answers over HTTP.
 *
 * @param hstsMaxAge how long browsers must use HTTPS only, sent on responses to HTTPS requests
 * @param hstsIncludeSubdomains whether that applies to the host's subdomains too
 * @param filesMaxAge how long browsers and CDNs may reuse a content image or file without asking again (their names
 * carry no content hash, so an editor's replacement shows after at most this long)
 * @param pageCache how pages may be cached: {@code shared} lets a CDN keep them for {@code page-shared-max-age}
 * while browsers revalidate every time; {@code no-cache} makes every cache revalidate every time
 * @param pageSharedMaxAge how long a CDN may serve a page without asking ({@code s-maxage}): the longest an edit takes
 * to reach visitors through it, unless the page's cache tag is purged
 * @param pageStaleWhileRevalidate how long past that a CDN may still serve the page while it fetches a fresh copy
 * @param pageStaleIfError how long past that a CDN may still serve the page while the site is down or failing
 * @param cacheTagHeader the header naming each page's cache tags for purges ({@code Cache-Tag} for Cloudflare and
 * Akamai, {@code Surrogate-Key} for Fastly); empty for none
 * @param fastLane whether pages are answered by a Tomcat valve ahead of the servlet layer ({@code false} sends every
 * request through Spring MVC, the same bytes and headers more slowly)
 */
@ConfigurationProperties("site.http")
public record HttpProperties(@DefaultValue("365d") Duration hstsMaxAge,
		@DefaultValue("true") boolean hstsIncludeSubdomains, @DefaultValue("10m") Duration filesMaxAge,
		@DefaultValue("shared") PageCache pageCache, @DefaultValue("5m") Duration pageSharedMaxAge,
		@DefaultValue("1m") Duration pageStaleWhileRevalidate, @DefaultValue("1d") Duration pageStaleIfError,
		@DefaultValue("Cache-Tag") String cacheTagHeader, @DefaultValue("true") boolean fastLane) {

	/** How pages may be cached. */
	public enum PageCache {

		/** CDNs may keep a page for a while; browsers revalidate every time. */
		SHARED,

		/** Every cache revalidates every time. */
		NO_CACHE

	}

	/** The defaults, for tests and tools that build the site's parts by hand. */
	public static HttpProperties defaults() {
		return new HttpProperties(Duration.ofDays(365), true, Duration.ofMinutes(10), PageCache.SHARED,
				Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(1), "Cache-Tag", true);
	}

	public String strictTransportSecurity() {
		return "max-age=" + this.hstsMaxAge.toSeconds() + (this.hstsIncludeSubdomains ? "; includeSubDomains" : "");
	}

	/** @return the {@code Cache-Control} of pages */
	public String pageCacheControl() {
		if (this.pageCache == PageCache.NO_CACHE) {
			return "no-cache";
		}
		return "public, max-age=0, s-maxage=" + this.pageSharedMaxAge.toSeconds() + ", stale-while-revalidate="
				+ this.pageStaleWhileRevalidate.toSeconds() + ", stale-if-error=" + this.pageStaleIfError.toSeconds();
	}

}
