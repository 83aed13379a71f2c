package sg.gov.tech.efforts.images;

import sg.gov.tech.efforts.model.Digests;

/**
 * A smaller copy of an image, as served.
 *
 * @param bytes the encoded image
 * @param mediaType its media type, such as {@code image/webp}
 * @param etag a strong entity tag, a hash of the bytes, quoted
 */
record Variant(byte[] bytes, String mediaType, String etag) {

	static Variant of(byte[] bytes, String mediaType) {
		return new Variant(bytes, mediaType, "\"" + Digests.base64Url(Digests.sha256(bytes)).substring(0, 22) + "\"");
	}

}
