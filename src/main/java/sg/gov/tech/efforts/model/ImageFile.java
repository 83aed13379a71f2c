package sg.gov.tech.efforts.model;

/**
 * What the site knows of one of its own raster images, read from the file: enough for a page to reserve its space
 * and offer smaller copies of it under an address that changes whenever the file does.
 *
 * @param path its site path, such as {@code /images/banner.jpg}
 * @param format what the file holds: {@code jpeg}, {@code png}, {@code gif} or {@code webp}
 * @param width its width in pixels, as browsers show it (after its EXIF orientation)
 * @param height its height in pixels, as browsers show it
 * @param orientation its EXIF orientation, 1 (as stored) to 8
 * @param version a hash of its bytes, which names its smaller copies; empty when it was not read whole
 * @param problem why no smaller copies are made of it (too large, not what its name says); empty when they are
 */
public record ImageFile(String path, String format, int width, int height, int orientation, String version,
		String problem) {

	/** @return whether smaller copies of it may be made and offered */
	public boolean resizable() {
		return this.problem.isEmpty() && !this.version.isEmpty() && !"gif".equals(this.format);
	}

	/** @return its media type, such as {@code image/jpeg} */
	public String mediaType() {
		return "image/" + this.format;
	}

}
