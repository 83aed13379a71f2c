package sg.gov.tech.efforts.images;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.util.UriUtils;

/**
 * Resolves the site's original JPEG and PNG images to their metadata-free bytes (see {@link ContentImages}), for a
 * resource chain that serves them; put it after any resolver that compresses, before the one that finds files.
 */
public final class MetadataFreeResolver extends AbstractResourceResolver {

	private final ContentImages images;

	private final String prefix;

	/**
	 * @param images the site's images
	 * @param prefix the site path the chain's request paths are relative to, such as {@code /images/}
	 */
	public MetadataFreeResolver(ContentImages images, String prefix) {
		this.images = images;
		this.prefix = prefix;
	}

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null) {
			return null;
		}
		String path = this.prefix + UriUtils.decode(requestPath, StandardCharsets.UTF_8);
		return this.images.withoutMetadata(resource, path, new HttpHeaders());
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

}
