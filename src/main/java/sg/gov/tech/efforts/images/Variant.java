package sg.gov.tech.efforts.images;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A smaller copy of an image, as served.
 *
 * @param bytes the encoded image
 * @param mediaType its media type, such as {@code image/webp}
 * @param etag a strong entity tag, a hash of the bytes, quoted
 */
record Variant(byte[] bytes, String mediaType, String etag) {

	static Variant of(byte[] bytes, String mediaType) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return new Variant(bytes, mediaType,
					"\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
