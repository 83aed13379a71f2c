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

	private final byte[] html;

	private final byte[] gzip;

	private final String etag;

	private final String gzipEtag;

	private final long lastModified;

	private RenderedPage(byte[] html, byte[] gzip, Instant lastModified) {
		this.html = html;
		this.gzip = gzip;
		this.etag = etagOf(html);
		this.gzipEtag = etagOf(gzip);
		this.lastModified = lastModified.toEpochMilli();
	}

	static RenderedPage of(String html, Instant lastModified) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		return new RenderedPage(bytes, gzip(bytes), lastModified);
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
