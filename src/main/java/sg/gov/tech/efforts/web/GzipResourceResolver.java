package sg.gov.tech.efforts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves text files gzip-compressed to clients that accept gzip. Each file is compressed when first asked for and
 * the bytes are kept by the resource chain's cache (which keys on the accepted encodings), so it is compressed once,
 * not per request; binary files (images, PDFs) and large files are served as they are.
 */
class GzipResourceResolver extends AbstractResourceResolver {

	/** Larger text files are rare downloads, not worth holding compressed in memory. */
	private static final long MAX_SIZE = 1024 * 1024;

	/** Smaller files gain less than the gzip header costs. */
	private static final long MIN_SIZE = 256;

	private static final List<MediaType> TEXT = List.of(MediaType.parseMediaType("text/*"),
			MediaType.parseMediaType("application/javascript"), MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML,
			MediaType.parseMediaType("image/svg+xml"), MediaType.parseMediaType("application/manifest+json"));

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null || !isCompressible(resource)) {
			return resource;
		}
		if (request == null || !acceptsGzip(request)) {
			// caches must not give this copy to a client that asked for gzip, nor the other way round
			HttpHeaders vary = new HttpHeaders();
			vary.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			return ServedResource.withHeaders(resource, vary);
		}
		return ServedResource.encoded(resource, "gzip", gzip(resource));
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

	/** The same test as the chain's cache key (a "gzip" coding, whatever its weight), so the two always agree. */
	private static boolean acceptsGzip(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			int parameters = coding.indexOf(';');
			String name = ((parameters >= 0) ? coding.substring(0, parameters) : coding).trim();
			if (name.toLowerCase(Locale.ROOT).equals("gzip")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCompressible(Resource resource) {
		try {
			long length = resource.contentLength();
			MediaType type = MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_OCTET_STREAM);
			return length >= MIN_SIZE && length <= MAX_SIZE
					&& TEXT.stream().anyMatch((text) -> text.includes(type.removeQualityValue()));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static byte[] gzip(Resource resource) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (InputStream in = resource.getInputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot compress " + resource.getDescription(), ex);
		}
		return bytes.toByteArray();
	}

}
