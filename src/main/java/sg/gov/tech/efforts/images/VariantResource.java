package sg.gov.tech.efforts.images;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/** A copy of an image served from memory, named like the file it stands for so its media type is right. */
final class VariantResource extends AbstractResource {

	private final Variant variant;

	private final String filename;

	private final long made;

	VariantResource(Variant variant, String filename, long made) {
		this.variant = variant;
		this.filename = filename;
		this.made = made;
	}

	String etag() {
		return this.variant.etag();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.variant.bytes());
	}

	@Override
	public long contentLength() {
		return this.variant.bytes().length;
	}

	@Override
	public long lastModified() {
		return this.made;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getFilename() {
		return this.filename;
	}

	@Override
	public String getDescription() {
		return "image copy " + this.filename + " " + this.variant.etag();
	}

}
