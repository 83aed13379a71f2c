package sg.gov.tech.efforts.images;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.model.Digests;
import sg.gov.tech.efforts.model.ImageFile;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.util.UriUtils;

/**
 * Resolves {@code /assets/images/<hash>/<width>/<path>[.webp]} to that copy of the image: from the cache, or made
 * now by the image pool (a request waits at most {@code site.images.max-wait}; others for the same copy wait for
 * the same making). An address that names no offered copy of the file as it is now resolves to nothing (404). When a
 * copy cannot be made in time, or at all, the original is served instead, without metadata and not to be cached.
 */
final class VariantResolver extends AbstractResourceResolver {

	private static final Log logger = LogFactory.getLog(VariantResolver.class);

	private static final String NOT_CACHED = CacheControl.noCache().getHeaderValue();

	private final ContentImages images;

	private final VariantCache cache;

	private final Supplier<VariantMaker> maker;

	private final Executor pool;

	private final Duration maxWait;

	private final String encoding;

	private final Map<String, CompletableFuture<Optional<Variant>>> making = new ConcurrentHashMap<>();

	VariantResolver(ContentImages images, VariantCache cache, Supplier<VariantMaker> maker, Executor pool,
			Duration maxWait, String encoding) {
		this.images = images;
		this.cache = cache;
		this.maker = maker;
		this.pool = pool;
		this.maxWait = maxWait;
		this.encoding = encoding;
	}

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Optional<ImageVariants.Request> parsed = ImageVariants.parse(UriUtils.decode(requestPath,
				StandardCharsets.UTF_8));
		if (parsed.isEmpty()) {
			return null;
		}
		ImageVariants.Request wanted = parsed.get();
		Optional<ImageFile> found = this.images.find(this.images.site(), wanted.path())
			.filter((image) -> image.version().equals(wanted.version()))
			.filter((image) -> ImageVariants.widths(image).contains(wanted.width()))
			.filter((image) -> !wanted.webp() || ImageVariants.webpBeside(image));
		if (found.isEmpty()) {
			return null;
		}
		ImageFile image = found.get();
		String extension = wanted.webp() ? "webp" : image.format();
		String key = image.version() + "-" + wanted.width() + "-" + this.encoding + "." + extension;
		String filename = Optional.ofNullable(this.images.file(image.path()).getFilename()).orElse("image")
				+ (wanted.webp() ? ".webp" : "");
		Optional<Variant> cached = this.cache.get(key, wanted.webp() ? "image/webp" : image.mediaType());
		if (cached.isPresent()) {
			return new VariantResource(cached.get(), filename, System.currentTimeMillis());
		}
		CompletableFuture<Optional<Variant>> making = this.making.computeIfAbsent(key,
				(ignored) -> make(image, wanted, key));
		try {
			Optional<Variant> made = making.get(this.maxWait.toMillis(), TimeUnit.MILLISECONDS);
			return made.map((variant) -> (Resource) new VariantResource(variant, filename, System.currentTimeMillis()))
				.orElse(null);
		}
		catch (TimeoutException ex) {
			logger.debug("Serving the original of " + image.path() + ": its copy is not made yet");
			return original(image);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RejectedExecutionException) {
				// the queue was full: the next request tries again
				this.making.remove(key, making);
				logger.debug("Serving the original of " + image.path() + ": the image pool is busy");
				return original(image);
			}
			this.images.warnOnce(image, "The image " + image.path() + " cannot be made smaller ("
					+ ex.getCause().getMessage() + "): its original is served instead");
			return original(image);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return original(image);
		}
	}

	/** Starts making a copy; it leaves {@link #making} when made, from the pool's thread, or when refused. */
	private CompletableFuture<Optional<Variant>> make(ImageFile image, ImageVariants.Request wanted, String key) {
		try {
			return CompletableFuture.supplyAsync(() -> {
				try {
					return made(image, wanted, key);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex.getMessage(), ex);
				}
				finally {
					// blocks, if need be, until the request that started it has put it in the map
					this.making.remove(key);
				}
			}, this.pool);
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** @return the copy, or empty when the file changed since the page named this version */
	private Optional<Variant> made(ImageFile image, ImageVariants.Request wanted, String key) throws IOException {
		Resource file = this.images.file(image.path());
		if (!version(file).equals(image.version())) {
			return Optional.empty();
		}
		byte[] bytes;
		long start = System.nanoTime();
		long allocated = allocated();
		try (ImageInputStream source = file.isFile() ? new FileImageInputStream(file.getFile())
				: new MemoryCacheImageInputStream(file.getInputStream())) {
			bytes = this.maker.get().make(image, source, wanted.width(), wanted.webp());
		}
		if (logger.isDebugEnabled()) {
			logger.debug(String.format("Made %s of %s (%.1f MP) in %d ms, allocating %d KB: %d bytes", key,
					image.path(), image.width() * (double) image.height() / 1e6, (System.nanoTime() - start) / 1_000_000,
					(allocated() - allocated) / 1024, bytes.length));
		}
		Variant variant = Variant.of(bytes, wanted.webp() ? "image/webp" : image.mediaType());
		this.cache.put(key, variant);
		return Optional.of(variant);
	}

	/** @return the bytes this thread has allocated, for the debug log; 0 where the JVM does not tell */
	private static long allocated() {
		return (ManagementFactory.getThreadMXBean() instanceof ThreadMXBean threads)
				? threads.getCurrentThreadAllocatedBytes() : 0;
	}

	private static String version(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return Digests.hex(Digests.sha256(in), 8);
		}
	}

	/** The original, without metadata where it can be, sent to be used once rather than cached for a year. */
	private Resource original(ImageFile image) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CACHE_CONTROL, NOT_CACHED);
		Resource file = this.images.file(image.path());
		Resource resource = this.images.withoutMetadata(file, image.path(), headers);
		try {
			return (resource instanceof OriginalImage) ? resource : OriginalImage.asIs(file, headers);
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return null;
	}

}
