package sg.gov.tech.efforts.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import sg.gov.tech.efforts.model.Digests;

import org.springframework.http.HttpHeaders;

/**
 * One page rendered ahead of any request: its UTF-8 bytes, a gzip copy, and for each a strong ETag (a hash of those
 * very bytes), with every header it is sent with, so a request only picks one and writes it.
 */
public final class RenderedPage {

	private static final String HTML = "text/html;charset=UTF-8";

	/** An HTTP date (RFC 9110's IMF-fixdate), as {@code Last-Modified} needs it. */
	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final byte[] html;

	private final byte[] gzip;

	private final ResponseHeader etag;

	private final ResponseHeader gzipEtag;

	private final long lastModified;

	private final ResponseHeader lastModifiedHeader;

	private final ResponseHeader contentType;

	private final List<ResponseHeader> headers;

	private final HeaderBlock block;

	private final HeaderBlock gzipBlock;

	private RenderedPage(byte[] html, Instant lastModified, String contentType, List<ResponseHeader> headers,
			boolean validated) {
		this.html = html;
		this.gzip = gzip(html);
		this.etag = ResponseHeader.of(HttpHeaders.ETAG, etagOf(html));
		this.gzipEtag = ResponseHeader.of(HttpHeaders.ETAG, etagOf(this.gzip));
		// HTTP dates have whole seconds: the validator compares what the client can send back
		this.lastModified = lastModified.toEpochMilli() / 1000 * 1000;
		this.lastModifiedHeader = ResponseHeader.of(HttpHeaders.LAST_MODIFIED,
				HTTP_DATE.format(Instant.ofEpochMilli(this.lastModified)));
		this.contentType = ResponseHeader.of(HttpHeaders.CONTENT_TYPE, contentType);
		this.headers = headers;
		this.block = serialise(false, validated);
		this.gzipBlock = serialise(true, validated);
	}

	/**
	 * @param html the page
	 * @param lastModified when the content behind it last changed
	 * @param headers what it is sent with, 200 or 304, besides its validators and entity headers
	 */
	static RenderedPage html(String html, Instant lastModified, List<ResponseHeader> headers) {
		return new RenderedPage(html.getBytes(StandardCharsets.UTF_8), lastModified, HTML, headers, true);
	}

	/** The 404 page, sent without validators: there is nothing to revalidate. */
	static RenderedPage notFound(String html, Instant lastModified, List<ResponseHeader> headers) {
		return new RenderedPage(html.getBytes(StandardCharsets.UTF_8), lastModified, HTML, headers, false);
	}

	/** A page's own stylesheet, named by its content's hash, so browsers may keep it for a year. */
	static RenderedPage stylesheet(String css, List<ResponseHeader> headers) {
		return new RenderedPage(css.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, "text/css;charset=UTF-8",
				headers, true);
	}

	/** @return how many bytes the page keeps in memory, both encodings and their headers */
	long size() {
		return this.html.length + this.gzip.length + this.block.size() + this.gzipBlock.size();
	}

	/** @return the headers of every answer with this encoding, by status (see {@link HeaderBlock}) */
	public HeaderBlock block(boolean gzipped) {
		return gzipped ? this.gzipBlock : this.block;
	}

	private HeaderBlock serialise(boolean gzipped, boolean validated) {
		List<ResponseHeader> validators = !validated ? List.of()
				: dated() ? List.of(this.lastModifiedHeader, etag(gzipped)) : List.of(etag(gzipped));
		return new HeaderBlock(this.headers, validators,
				gzipped ? List.of(this.contentType, PageResponseHeaders.GZIP) : List.of(this.contentType));
	}

	/** @return the headers of every answer, 200 or 304, besides the validators and the entity's own */
	List<ResponseHeader> headers() {
		return this.headers;
	}

	ResponseHeader contentType() {
		return this.contentType;
	}

	/** @return the bytes to send: the gzip copy or the plain HTML (shared, never to be modified) */
	public byte[] body(boolean gzipped) {
		return gzipped ? this.gzip : this.html;
	}

	/** @return the strong ETag of {@link #body(boolean)}, quoted */
	public ResponseHeader etag(boolean gzipped) {
		return gzipped ? this.gzipEtag : this.etag;
	}

	/** @return when the content or templates behind the page last changed, in whole seconds' epoch milliseconds */
	public long lastModified() {
		return this.lastModified;
	}

	/** @return whether the page says when it last changed (a stylesheet named by its hash has no date) */
	boolean dated() {
		return this.lastModified > 0;
	}

	ResponseHeader lastModifiedHeader() {
		return this.lastModifiedHeader;
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
		return '"' + Digests.base64Url(Digests.sha256(bytes)).substring(0, 22) + '"';
	}

}
