package sg.gov.tech.efforts.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256, the one hash the site names things by: ETags, content-hashed asset paths, cache tags and file versions.
 * Every Java runtime has it, so its absence is an error of the runtime, never of content.
 */
public final class Digests {

	private Digests() {
	}

	/** @return a new SHA-256 digest, for hashing bytes as they stream past */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** @return the SHA-256 of some bytes */
	public static byte[] sha256(byte[] bytes) {
		return sha256().digest(bytes);
	}

	/** @return the SHA-256 of a text's UTF-8 bytes */
	public static byte[] sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	/** @return the SHA-256 of everything left in a stream, which is read to its end but not closed */
	public static byte[] sha256(InputStream in) throws IOException {
		MessageDigest sha = sha256();
		new DigestInputStream(in, sha).transferTo(OutputStream.nullOutputStream());
		return sha.digest();
	}

	/** @return the first bytes of a digest as lower-case hex, two characters a byte */
	public static String hex(byte[] digest, int bytes) {
		return HexFormat.of().formatHex(digest, 0, bytes);
	}

	/** @return a digest in URL-safe Base64 without padding, which may stand in a path or a quoted header value */
	public static String base64Url(byte[] digest) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

}
