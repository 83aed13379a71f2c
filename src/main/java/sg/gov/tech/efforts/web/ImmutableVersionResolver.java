package sg.gov.tech.efforts.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * A file asked for by its content-hashed name ({@code site-0a1b….css}) can never change, so browsers and CDNs may
 * keep it for a year without asking again. Asked for by its plain name it keeps the handler's revalidating cache,
 * so a page that links the plain name never shows a stale stylesheet.
 */
class ImmutableVersionResolver extends AbstractResourceResolver {

	static final String IMMUTABLE = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable()
		.getHeaderValue();

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null || StringUtils.getFilename(requestPath).equals(resource.getFilename())) {
			return resource;
		}
		HttpHeaders immutable = new HttpHeaders();
		immutable.set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		// the version resolver's weak ETag gives way to the strong one computed from the bytes served
		return ServedResource.withHeaders(resource, immutable, HttpHeaders.ETAG);
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

}
