package sg.gov.tech.efforts.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;

/**
 * A resolved static file served with response headers of its own and, once compressed, other bytes than the file's.
 * The original's own headers are kept unless replaced.
 */
final class ServedResource extends AbstractResource implements HttpResource {

	private final Resource original;

	private final HttpHeaders headers;

	private final byte[] body;

	private ServedResource(Resource original, HttpHeaders headers, byte[] body) {
		this.original = original;
		this.headers = headers;
		this.body = body;
	}

	/**
	 * The original with headers set (replacing any it had) and some of its own removed.
	 * @param original the resolved file
	 * @param set headers to set
	 * @param removed names of the original's headers to drop
	 * @return the file as served
	 */
	static ServedResource withHeaders(Resource original, HttpHeaders set, String... removed) {
		HttpHeaders headers = headersOf(original);
		for (String name : removed) {
			headers.remove(name);
		}
		set.forEach(headers::put);
		return new ServedResource(original, headers, null);
	}

	/**
	 * The original's compressed bytes, with their encoding named.
	 * @param original the resolved file
	 * @param encoding the content coding, e.g. {@code gzip}
	 * @param body the compressed bytes
	 * @return the file as served
	 */
	static ServedResource encoded(Resource original, String encoding, byte[] body) {
		HttpHeaders headers = headersOf(original);
		headers.set(HttpHeaders.CONTENT_ENCODING, encoding);
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		return new ServedResource(original, headers, body);
	}

	private static HttpHeaders headersOf(Resource resource) {
		HttpHeaders headers = new HttpHeaders();
		if (resource instanceof HttpResource http) {
			headers.putAll(http.getResponseHeaders());
		}
		return headers;
	}

	@Override
	public HttpHeaders getResponseHeaders() {
		return this.headers;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return (this.body != null) ? new ByteArrayInputStream(this.body) : this.original.getInputStream();
	}

	@Override
	public long contentLength() throws IOException {
		return (this.body != null) ? this.body.length : this.original.contentLength();
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
	public boolean isFile() {
		return this.body == null && this.original.isFile();
	}

	@Override
	public File getFile() throws IOException {
		if (this.body != null) {
			throw new FileNotFoundException(getDescription() + " is held in memory");
		}
		return this.original.getFile();
	}

	@Override
	public URL getURL() throws IOException {
		return this.original.getURL();
	}

	@Override
	public URI getURI() throws IOException {
		return this.original.getURI();
	}

	@Override
	public long lastModified() throws IOException {
		return this.original.lastModified();
	}

	@Override
	public Resource createRelative(String relativePath) throws IOException {
		return this.original.createRelative(relativePath);
	}

	@Override
	public String getFilename() {
		// the original's name, so the media type is the file's, not that of its encoding
		return this.original.getFilename();
	}

	/** Differs whenever the headers or bytes do: the chain's transformer cache tells resources apart by it. */
	@Override
	public String getDescription() {
		String encoding = this.headers.getFirst(HttpHeaders.CONTENT_ENCODING);
		return ((this.body != null && encoding != null) ? encoding + " of " : "") + this.original.getDescription()
				+ " served with " + this.headers;
	}

}
