package sg.gov.tech.efforts.site;

import java.util.List;

import sg.gov.tech.efforts.model.Digests;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The headers a rendered page is sent with, made when it renders: the security headers ({@link SecurityHeaders}) with
 * its Content-Security-Policy, caching and cache tags. {@link PageWriter} sends exactly these on either lane.
 */
@Component
public class PageResponseHeaders {

	/** The tag every page carries, to purge the whole site from a CDN after a change of navigation or settings. */
	static final String SITE_TAG = "site";

	static final ResponseHeader VARY = ResponseHeader.of(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);

	static final ResponseHeader GZIP = ResponseHeader.of(HttpHeaders.CONTENT_ENCODING, "gzip");

	private static final ResponseHeader NO_CACHE = ResponseHeader.of(HttpHeaders.CACHE_CONTROL, "no-cache");

	private static final ResponseHeader IMMUTABLE = ResponseHeader.of(HttpHeaders.CACHE_CONTROL,
			"public, max-age=31536000, immutable");

	private final ContentSecurityPolicies policies;

	private final ResponseHeader pageCacheControl;

	private final String cacheTagHeader;

	public PageResponseHeaders(SiteProperties properties, ContentSecurityPolicies policies) {
		SiteProperties.Http http = properties.getHttp();
		boolean preview = properties.isPreview();
		this.policies = policies;
		// a preview is for its editors only: no shared cache may keep it
		this.pageCacheControl = preview ? NO_CACHE
				: ResponseHeader.of(HttpHeaders.CACHE_CONTROL, http.pageCacheControl());
		this.cacheTagHeader = preview ? "" : http.getCacheTagHeader().strip();
	}

	/** @return the headers of a page or section at a route, for its 200 and 304 answers alike */
	List<ResponseHeader> page(Site site, Route route) {
		String policy = route.source()
			.map((page) -> this.policies.forPage(site, page.needs()))
			.orElseGet(() -> this.policies.baseFor(site));
		List<ResponseHeader> headers = common(policy, this.pageCacheControl);
		if (!this.cacheTagHeader.isEmpty()) {
			// a section's page is its page's: purging the page's tag purges its sections too
			String tagged = route.source().map(Page::permalink).orElse(route.path());
			String separator = this.cacheTagHeader.equalsIgnoreCase("Surrogate-Key") ? " " : ",";
			headers.add(ResponseHeader.of(this.cacheTagHeader, SITE_TAG + separator + tag(tagged)));
		}
		return List.copyOf(headers);
	}

	/**
	 * @param policy the Content-Security-Policy of what the 404 page shows
	 * @return the headers of the 404 page: never kept without asking, or a page added later would stay missing
	 */
	List<ResponseHeader> notFound(String policy) {
		return List.copyOf(common(policy, NO_CACHE));
	}

	/** @return the headers of a page's own stylesheet, whose name is its content's hash */
	List<ResponseHeader> stylesheet(Site site) {
		return List.copyOf(common(this.policies.baseFor(site), IMMUTABLE));
	}

	/** @return the cache tag of the page at a permalink: {@code p-} and a short hash of the permalink */
	static String tag(String permalink) {
		return "p-" + Digests.hex(Digests.sha256(permalink), 6);
	}

	private static List<ResponseHeader> common(String policy, ResponseHeader cacheControl) {
		List<ResponseHeader> headers = SecurityHeaders.withPolicy(policy);
		headers.add(VARY);
		headers.add(cacheControl);
		return headers;
	}

}
