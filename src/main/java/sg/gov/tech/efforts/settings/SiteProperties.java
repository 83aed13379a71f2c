package sg.gov.tech.efforts.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every setting an operator may change under {@code site.*}: each field's comment is the help an IDE shows for it, and
 * its initial value is the default (docs/configuration.md lists them with their environment variables).
 */
@ConfigurationProperties("site")
public class SiteProperties {

	/**
	 * The public address of the site, such as https://www.tech.gov.sg, from which canonical, link-preview and sitemap
	 * URLs are built. An address that is not http(s), or has a query or fragment, stops startup.
	 */
	private String baseUrl = "http://localhost:8080";

	/**
	 * Whether search engines may list the site. False on non-production deployments: robots.txt disallows everything
	 * and pages say noindex.
	 */
	private boolean indexing = true;

	/**
	 * Whether pages show editor notes highlighted under a "Preview" banner (and ask not to be indexed), for editors
	 * checking content before it goes public. Never set it on the public site.
	 */
	private boolean preview;

	/** Where the content lives and how it is loaded. */
	private final Content content = new Content();

	/** How the site answers over HTTP. */
	private final Http http = new Http();

	/** How much of the rendered site is kept in memory. */
	private final Render render = new Render();

	/** How Tomcat's connector reads requests and writes responses. */
	private final Server server = new Server();

	/** How the smaller copies of the site's images are made and kept. */
	private final Images images = new Images();

	/** How citizens' feedback is taken and kept. */
	private final Feedback feedback = new Feedback();

	public String getBaseUrl() {
		return this.baseUrl;
	}

	/** Checked here, at startup, so a typo fails the deployment instead of publishing broken canonical URLs. */
	public void setBaseUrl(String baseUrl) {
		String trimmed = baseUrl.strip();
		try {
			URI uri = new URI(trimmed);
			boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException("site.base-url must be an http(s) address such as "
						+ "https://www.tech.gov.sg, without query or fragment, but is '" + trimmed + "'");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("site.base-url is not a valid address: '" + trimmed + "'", ex);
		}
		this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/**
	 * An absolute URL for a site path; absolute URLs pass through.
	 * @param pathOrUrl a path starting with {@code /}, or an {@code http(s)://} URL
	 * @return the absolute URL
	 */
	public String absolute(String pathOrUrl) {
		if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
			return pathOrUrl;
		}
		return this.baseUrl + (pathOrUrl.startsWith("/") ? pathOrUrl : "/" + pathOrUrl);
	}

	public boolean isIndexing() {
		return this.indexing;
	}

	public void setIndexing(boolean indexing) {
		this.indexing = indexing;
	}

	public boolean isPreview() {
		return this.preview;
	}

	public void setPreview(boolean preview) {
		this.preview = preview;
	}

	public Content getContent() {
		return this.content;
	}

	public Http getHttp() {
		return this.http;
	}

	public Render getRender() {
		return this.render;
	}

	public Server getServer() {
		return this.server;
	}

	public Images getImages() {
		return this.images;
	}

	public Feedback getFeedback() {
		return this.feedback;
	}

	/** Where the site's content lives, whether edits are served without a restart, and how strictly it is checked. */
	public static class Content {

		/**
		 * The content built into the jar, whose dates were recorded when it was built: the default content root, and
		 * the settings a folder without its own falls back to.
		 */
		public static final String EMBEDDED = "classpath:content/";

		/**
		 * The content root: classpath:content/ (the pages built into the jar), a folder such as /srv/content/ or
		 * file:/srv/content/, or an Isomer repository (a folder with _config.yml).
		 */
		private String location = EMBEDDED;

		/** Whether a folder content root is watched, so edits are served within seconds without a restart. */
		private boolean watch = true;

		/**
		 * Whether any error (a file that cannot be parsed, a link or image that leads nowhere, two files with one URL)
		 * stops startup and rejects a reload, for a CI pipeline. By default such a file is left out, or keeps its last
		 * good version, and the rest is served.
		 */
		private boolean strict;

		public String getLocation() {
			return this.location;
		}

		public void setLocation(String location) {
			this.location = location;
		}

		public boolean isWatch() {
			return this.watch;
		}

		public void setWatch(boolean watch) {
			this.watch = watch;
		}

		public boolean isStrict() {
			return this.strict;
		}

		public void setStrict(boolean strict) {
			this.strict = strict;
		}

	}

	/** How the site answers over HTTP. */
	public static class Http {

		/** How long browsers must use HTTPS only (Strict-Transport-Security), sent on responses to HTTPS requests. */
		private Duration hstsMaxAge = Duration.ofDays(365);

		/** Whether Strict-Transport-Security covers the host's subdomains too. */
		private boolean hstsIncludeSubdomains = true;

		/**
		 * How long browsers and CDNs may reuse a content image or file without asking again. Their names carry no
		 * content hash, so an editor's replacement shows after at most this long.
		 */
		private Duration filesMaxAge = Duration.ofMinutes(10);

		/**
		 * How pages may be cached: shared lets a CDN keep them for page-shared-max-age while browsers revalidate every
		 * time; no-cache makes every cache revalidate every time. The preview is always no-cache.
		 */
		private PageCache pageCache = PageCache.SHARED;

		/**
		 * How long a CDN may serve a page without asking (s-maxage): the longest an edit takes to reach visitors
		 * through it, unless the page's cache tag is purged.
		 */
		private Duration pageSharedMaxAge = Duration.ofMinutes(5);

		/** How long past page-shared-max-age a CDN may still serve a page while it fetches a fresh copy. */
		private Duration pageStaleWhileRevalidate = Duration.ofMinutes(1);

		/** How long past page-shared-max-age a CDN may still serve a page while the site is down or failing. */
		private Duration pageStaleIfError = Duration.ofDays(1);

		/**
		 * The header naming each page's cache tags for purges (Cache-Tag for Cloudflare and Akamai, Surrogate-Key
		 * for Fastly); empty for none.
		 */
		private String cacheTagHeader = "Cache-Tag";

		/**
		 * Whether pages are answered in Tomcat's connector from pre-serialised headers, ahead of the servlet layer.
		 * False sends every request through Spring MVC: the same status, headers and bytes, at more CPU per page.
		 */
		private boolean fastLane = true;

		public Duration getHstsMaxAge() {
			return this.hstsMaxAge;
		}

		public void setHstsMaxAge(Duration hstsMaxAge) {
			this.hstsMaxAge = hstsMaxAge;
		}

		public boolean isHstsIncludeSubdomains() {
			return this.hstsIncludeSubdomains;
		}

		public void setHstsIncludeSubdomains(boolean hstsIncludeSubdomains) {
			this.hstsIncludeSubdomains = hstsIncludeSubdomains;
		}

		public Duration getFilesMaxAge() {
			return this.filesMaxAge;
		}

		public void setFilesMaxAge(Duration filesMaxAge) {
			this.filesMaxAge = filesMaxAge;
		}

		public PageCache getPageCache() {
			return this.pageCache;
		}

		public void setPageCache(PageCache pageCache) {
			this.pageCache = pageCache;
		}

		public Duration getPageSharedMaxAge() {
			return this.pageSharedMaxAge;
		}

		public void setPageSharedMaxAge(Duration pageSharedMaxAge) {
			this.pageSharedMaxAge = pageSharedMaxAge;
		}

		public Duration getPageStaleWhileRevalidate() {
			return this.pageStaleWhileRevalidate;
		}

		public void setPageStaleWhileRevalidate(Duration pageStaleWhileRevalidate) {
			this.pageStaleWhileRevalidate = pageStaleWhileRevalidate;
		}

		public Duration getPageStaleIfError() {
			return this.pageStaleIfError;
		}

		public void setPageStaleIfError(Duration pageStaleIfError) {
			this.pageStaleIfError = pageStaleIfError;
		}

		public String getCacheTagHeader() {
			return this.cacheTagHeader;
		}

		public void setCacheTagHeader(String cacheTagHeader) {
			this.cacheTagHeader = cacheTagHeader;
		}

		public boolean isFastLane() {
			return this.fastLane;
		}

		public void setFastLane(boolean fastLane) {
			this.fastLane = fastLane;
		}

		/** @return the {@code Strict-Transport-Security} of responses to HTTPS requests */
		public String strictTransportSecurity() {
			return "max-age=" + this.hstsMaxAge.toSeconds() + (this.hstsIncludeSubdomains ? "; includeSubDomains" : "");
		}

		/** @return the {@code Cache-Control} of pages */
		public String pageCacheControl() {
			if (this.pageCache == PageCache.NO_CACHE) {
				return "no-cache";
			}
			return "public, max-age=0, s-maxage=" + this.pageSharedMaxAge.toSeconds() + ", stale-while-revalidate="
					+ this.pageStaleWhileRevalidate.toSeconds() + ", stale-if-error="
					+ this.pageStaleIfError.toSeconds();
		}

		/** How pages may be cached. */
		public enum PageCache {

			/** CDNs may keep a page for a while; browsers revalidate every time. */
			SHARED,

			/** Every cache revalidates every time. */
			NO_CACHE

		}

	}

	/** How much of the rendered site is kept in memory. */
	public static class Render {

		/**
		 * The bytes of rendered pages (HTML and its gzip copy) kept ready; a page beyond it is rendered again when
		 * asked for (about a millisecond).
		 */
		private DataSize cacheSize = DataSize.ofMegabytes(32);

		public DataSize getCacheSize() {
			return this.cacheSize;
		}

		public void setCacheSize(DataSize cacheSize) {
			this.cacheSize = cacheSize;
		}

	}

	/** How Tomcat's connector reads requests and writes responses (docs/benchmarks.md measures each choice). */
	public static class Server {

		/** Each connection's socket write buffer: a page and its headers that fit go out in one write call. */
		private DataSize writeBuffer = DataSize.ofKilobytes(32);

		/**
		 * The connector's I/O: nio2 (asynchronous channels) answered pages with a sixth less CPU than Tomcat's default
		 * nio here.
		 */
		private Protocol protocol = Protocol.NIO2;

		/**
		 * Whether connections read and write through direct (off-heap) buffers, which spares the JDK a copy into a
		 * temporary direct buffer on every socket call.
		 */
		private boolean directBuffers = true;

		public DataSize getWriteBuffer() {
			return this.writeBuffer;
		}

		public void setWriteBuffer(DataSize writeBuffer) {
			this.writeBuffer = writeBuffer;
		}

		public Protocol getProtocol() {
			return this.protocol;
		}

		public void setProtocol(Protocol protocol) {
			this.protocol = protocol;
		}

		public boolean isDirectBuffers() {
			return this.directBuffers;
		}

		public void setDirectBuffers(boolean directBuffers) {
			this.directBuffers = directBuffers;
		}

		/** Tomcat's HTTP/1.1 connectors, by the name of their protocol class. */
		public enum Protocol {

			/** Non-blocking I/O with a poller thread: Tomcat's default. */
			NIO("org.apache.coyote.http11.Http11NioProtocol"),

			/** Asynchronous channels. */
			NIO2("org.apache.coyote.http11.Http11Nio2Protocol");

			private final String className;

			Protocol(String className) {
				this.className = className;
			}

			public String className() {
				return this.className;
			}

		}

	}

	/**
	 * How the smaller copies of the site's images are made and kept. Which copies pages offer is fixed (widths 320 to
	 * 1920, never wider than the file; WebP beside the file's own format; none of images over 40 megapixels or 30 MB).
	 */
	public static class Images {

		/**
		 * A folder that keeps the copies across restarts (several replicas may share one). None by default, so copies
		 * are kept in memory only and made again after a restart.
		 */
		private Path cacheDir;

		/** The most bytes of copies that cache-dir holds; the least recently used go first. */
		private DataSize cacheDirSize = DataSize.ofMegabytes(512);

		/** The most bytes of copies kept in memory; the least recently used go first. */
		private DataSize memorySize = DataSize.ofMegabytes(32);

		/** How many copies are made at once; each takes a core and up to about 60 MB of memory while it runs. */
		private int threads = 1;

		/**
		 * How many more requests for copies may wait for a thread. Beyond that, and after max-wait, a request gets the
		 * original image instead (not cached), so a burst never piles up.
		 */
		private int queue = 32;

		/** How long a request waits for its copy to be made. */
		private Duration maxWait = Duration.ofSeconds(10);

		/** The quality of WebP copies, above 0 and at most 1 (pictures of few colours are written without loss). */
		private float webpQuality = 0.8f;

		/** The quality of JPEG copies, above 0 and at most 1. */
		private float jpegQuality = 0.82f;

		public Path getCacheDir() {
			return this.cacheDir;
		}

		public void setCacheDir(Path cacheDir) {
			this.cacheDir = cacheDir;
		}

		public DataSize getCacheDirSize() {
			return this.cacheDirSize;
		}

		public void setCacheDirSize(DataSize cacheDirSize) {
			this.cacheDirSize = cacheDirSize;
		}

		public DataSize getMemorySize() {
			return this.memorySize;
		}

		public void setMemorySize(DataSize memorySize) {
			this.memorySize = memorySize;
		}

		public int getThreads() {
			return this.threads;
		}

		public void setThreads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("site.images.threads must be at least 1, but is " + threads);
			}
			this.threads = threads;
		}

		public int getQueue() {
			return this.queue;
		}

		public void setQueue(int queue) {
			if (queue < 0) {
				throw new IllegalArgumentException("site.images.queue must be at least 0, but is " + queue);
			}
			this.queue = queue;
		}

		public Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

		public float getWebpQuality() {
			return this.webpQuality;
		}

		public void setWebpQuality(float webpQuality) {
			this.webpQuality = quality("webp-quality", webpQuality);
		}

		public float getJpegQuality() {
			return this.jpegQuality;
		}

		public void setJpegQuality(float jpegQuality) {
			this.jpegQuality = quality("jpeg-quality", jpegQuality);
		}

		private static float quality(String name, float quality) {
			if (quality <= 0 || quality > 1) {
				throw new IllegalArgumentException(
						"site.images." + name + " must be above 0 and at most 1, but is " + quality);
			}
			return quality;
		}

	}

	/** How citizens' feedback is taken and kept. */
	public static class Feedback {

		/**
		 * The folder of the embedded H2 database file (feedback.mv.db) when spring.datasource.url names no other
		 * database: an absolute path or one starting with ./; it must be writable (in the container, a volume at
		 * /data).
		 */
		private String directory = "./data";

		/**
		 * How many submissions one client address may make in a minute before it is answered 429; counted in this
		 * replica's memory only.
		 */
		private int submissionsPerMinute = 10;

		/**
		 * How many client addresses the limit keeps count of at once; the least recently seen is forgotten first, so
		 * the memory it takes stays bounded whatever the traffic.
		 */
		private int clientsRemembered = 10000;

		/**
		 * After the database has failed, how long submissions are answered 503 at once before it is tried again, so an
		 * unreachable database never holds request threads.
		 */
		private Duration retryAfter = Duration.ofSeconds(15);

		public String getDirectory() {
			return this.directory;
		}

		public void setDirectory(String directory) {
			this.directory = directory;
		}

		public int getSubmissionsPerMinute() {
			return this.submissionsPerMinute;
		}

		public void setSubmissionsPerMinute(int submissionsPerMinute) {
			this.submissionsPerMinute = submissionsPerMinute;
		}

		public int getClientsRemembered() {
			return this.clientsRemembered;
		}

		public void setClientsRemembered(int clientsRemembered) {
			this.clientsRemembered = clientsRemembered;
		}

		public Duration getRetryAfter() {
			return this.retryAfter;
		}

		public void setRetryAfter(Duration retryAfter) {
			this.retryAfter = retryAfter;
		}

	}

}
