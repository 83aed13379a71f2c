package sg.gov.tech.efforts.model;

import java.util.Optional;

/**
 * The site's own raster images, looked up by the address a page gives them. Two catalogues of the same files, unchanged,
 * are equal, so a page rendered with one is still right with the other.
 */
public interface ImageCatalog {

	/** For sites read without their files: no image is known. */
	ImageCatalog NONE = (src) -> Optional.empty();

	/**
	 * @param src an image's address as a page gives it, such as {@code /images/a%20b.png}
	 * @return the file, or empty for another site's image, a missing file or a format the site does not read
	 */
	Optional<ImageFile> find(String src);

}
