package sg.gov.tech.efforts.images;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;

/**
 * An original image as served, with response headers of its own: a JPEG or PNG without its metadata, read from the
 * file as it is sent (never held whole), its length counted once, when it is first resolved; any other as it is.
 * It is never the file itself ({@link #isFile()} is false), so its bytes are never sent as the file's.
 */
final class OriginalImage extends AbstractResource implements HttpResource {

	private final Resource original;

	private final String format;

	private final long length;

	private final HttpHeaders headers;

	private OriginalImage(Resource original, String format, long length, HttpHeaders headers) {
		this.original = original;
		this.format = format;
		this.length = length;
		this.headers = headers;
	}

	/**
	 * @param original the file
	 * @param format {@code jpeg} or {@code png}
	 * @param headers response headers of its own, such as a {@code Cache-Control}
	 * @return the file without its metadata
	 * @throws IOException when the file is not the image it says it is, or ends too soon
	 */
	static OriginalImage of(Resource original, String format, HttpHeaders headers) throws IOException {
		try (InputStream in = without(original.getInputStream(), format)) {
			return new OriginalImage(original, format, in.transferTo(OutputStream.nullOutputStream()), headers);
		}
	}

	/** @return whether an image of that format can have its metadata left out */
	static boolean strips(String format) {
		return format.equals("jpeg") || format.equals("png");
	}

	/**
	 * @param original the file
	 * @param headers response headers of its own
	 * @return the file as it is, with those headers
	 */
	static OriginalImage asIs(Resource original, HttpHeaders headers) throws IOException {
		return new OriginalImage(original, "", original.contentLength(), headers);
	}

	private static InputStream without(InputStream in, String format) {
		return switch (format) {
			case "png" -> new PngWithoutMetadata(new BufferedInputStream(in, 64 * 1024));
			case "jpeg" -> new JpegWithoutMetadata(in);
			default -> in;
		};
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return without(this.original.getInputStream(), this.format);
	}

	@Override
	public long contentLength() {
		return this.length;
	}

	@Override
	public long lastModified() throws IOException {
		return this.original.lastModified();
	}

	@Override
	public boolean exists() {
		return this.original.exists();
	}

	@Override
	public boolean isReadable() {
		return this.original.isReadable();
	}






	@Override
	public String getFilename() {
		return this.original.getFilename();
	}

	@Override
	public HttpHeaders getResponseHeaders() {
		return this.headers;
	}

	/** Differs from the file's, so ETags computed from the bytes served are never mixed up with the file's. */
	@Override
	public String getDescription() {
		return (strips(this.format) ? "metadata-free " : "") + this.original.getDescription() + " " + this.headers;
	}

}
