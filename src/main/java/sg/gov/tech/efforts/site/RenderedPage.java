package sg.gov.tech.efforts.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One page rendered ahead of any request: its UTF-8 bytes, a gzip copy, and for each a strong ETag (a hash of those
 * very bytes), so a request only picks one and writes it.
 */
final class RenderedPage {

	private static final String HTML = "text/html;charset=UTF-8";

	private final byte[] html;

	private final byte[] gzip;

	private final String etag;

	private final String gzipEtag;

	private final long lastModified;

	private final String contentType;

	private final String cacheControl;

	private final String contentSecurityPolicy;

	private RenderedPage(byte[] html, Instant lastModified, String contentType, String cacheControl,
			String contentSecurityPolicy) {
		this.html = html;
		this.gzip = gzip(html);
		this.etag = etagOf(html);
		this.gzipEtag = etagOf(this.gzip);
		this.lastModified = lastModified.toEpochMilli();
		this.contentType = contentType;
		this.cacheControl = cacheControl;
		this.contentSecurityPolicy = contentSecurityPolicy;
	}

	/** A page with the site's base Content-Security-Policy. */
	static RenderedPage of(String html, Instant lastModified) {
		return of(html, lastModified, null);
	}

	/** A page with a Content-Security-Policy of its own; {@code null} keeps the site's base policy. */
	static RenderedPage of(String html, Instant lastModified, String contentSecurityPolicy) {
		return new RenderedPage(html.getBytes(StandardCharsets.UTF_8), lastModified, HTML, PageResponses.CACHE_CONTROL,
				contentSecurityPolicy);
	}

	/** A page's own stylesheet, named by its content's hash, so browsers may keep it for a year. */
	static RenderedPage stylesheet(String css, Instant lastModified) {
		return new RenderedPage(css.getBytes(StandardCharsets.UTF_8), lastModified, "text/css;charset=UTF-8",
				"public, max-age=31536000, immutable", null);
	}

	/** @return how many bytes the page keeps in memory, both encodings */
	long size() {
		return this.html.length + this.gzip.length;
	}

	String contentType() {
		return this.contentType;
	}

	String cacheControl() {
		return this.cacheControl;
	}

	/** @return the page's own Content-Security-Policy, or {@code null} for the site's base one */
	String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

	/** @return the bytes to send: the gzip copy or the plain HTML (shared, never to be modified) */
	byte[] body(boolean gzipped) {
		return gzipped ? this.gzip : this.html;
	}

	/** @return the strong ETag of {@link #body(boolean)}, quoted */
	String etag(boolean gzipped) {
		return gzipped ? this.gzipEtag : this.etag;
	}

	/** @return when the content or templates behind the page last changed, in epoch milliseconds */
	long lastModified() {
		return this.lastModified;
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
		// compressed once per load, so the slowest, smallest level costs nothing per request
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String etagOf(byte[] bytes) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
			return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
