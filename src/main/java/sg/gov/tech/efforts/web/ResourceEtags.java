package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import sg.gov.tech.efforts.model.Digests;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Strong ETags for static files: a hash of the bytes served (so a gzip copy has its own), computed once per file
 * version and remembered.
 */
@Component
class ResourceEtags implements Function<Resource, String> {

	/** One entry per file version served; only files that exist ever get here. */
	private final Map<String, String> etags = new ConcurrentHashMap<>();

	@Override
	public String apply(Resource resource) {
		try {
			String key = resource.getDescription() + "@" + resource.lastModified() + "/" + resource.contentLength();
			return this.etags.computeIfAbsent(key, (ignored) -> hash(resource));
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** @return the quoted hash, or {@code null} (no ETag) when the file cannot be read */
	private static String hash(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return "\"" + Digests.base64Url(Digests.sha256(in)) + "\"";
		}
		catch (IOException ex) {
			return null;
		}
	}

}
