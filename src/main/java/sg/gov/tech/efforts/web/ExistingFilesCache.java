package sg.gov.tech.efforts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.cache.Cache;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The content files' cache of resolved files, which forgets a file deleted since it was cached: the folder can change
 * under a site still served (a rejected reload keeps the last good site, whose files may be gone), and a cached file
 * that is gone would otherwise answer 500 rather than 404.
 */
final class ExistingFilesCache extends CachingResourceResolver {

	ExistingFilesCache(Cache cache) {
		super(cache);
	}

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = super.resolveResourceInternal(request, requestPath, locations, chain);
		if (resource != null && !resource.exists()) {
			getCache().evict(computeKey(request, requestPath));
			return chain.resolveResource(request, requestPath, locations);
		}
		return resource;
	}

}
