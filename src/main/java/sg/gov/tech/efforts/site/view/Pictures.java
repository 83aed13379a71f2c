package sg.gov.tech.efforts.site.view;

import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.body.ImageVariants.Picture;
import sg.gov.tech.efforts.model.ImageCatalog;

/**
 * What templates need to show one of the site's images ({@code fragments/picture.html}): its size and its smaller
 * copies. Equal for two loads of unchanged images, so a page rendered before still shows the right copies.
 *
 * @param images the site's images
 */
public record Pictures(ImageCatalog images) {

	/**
	 * @param src the image's address as the content gives it
	 * @return its picture; only the address for another site's image or a missing file
	 */
	public Picture of(String src) {
		return this.images.find(src).map((image) -> ImageVariants.picture(image, src)).orElse(Picture.plain(src));
	}

}
