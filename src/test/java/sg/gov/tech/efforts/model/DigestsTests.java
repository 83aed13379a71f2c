package sg.gov.tech.efforts.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers from FIPS 180-2 (appendix B) and RFC 4648. */
class DigestsTests {

	private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	@Test
	void sha256OfAbcIsTheStandardsKnownAnswer() {
		assertThat(HexFormat.of().formatHex(Digests.sha256("abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ABC);
	}

	@Test
	void sha256OfNothingIsTheStandardsKnownAnswer() {
		assertThat(HexFormat.of().formatHex(Digests.sha256(new byte[0]))).isEqualTo(EMPTY);
	}

	@Test
	void sha256OfTextHashesItsUtf8Bytes() {
		assertThat(HexFormat.of().formatHex(Digests.sha256("é")))
			.isEqualTo(HexFormat.of().formatHex(Digests.sha256(new byte[] { (byte) 0xc3, (byte) 0xa9 })));
	}

	@Test
	void sha256OfStreamReadsItToTheEnd() throws IOException {
		ByteArrayInputStream in = new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII));
		assertThat(HexFormat.of().formatHex(Digests.sha256(in))).isEqualTo(ABC);
		assertThat(in.available()).isZero();
	}

	@Test
	void hexKeepsTheFirstBytesOnly() {
		assertThat(Digests.hex(Digests.sha256("abc"), 4)).isEqualTo("ba7816bf");
	}

	@Test
	void base64UrlUsesTheUrlAlphabetWithoutPadding() {
		// 0xfb 0xff encodes as "+/8=" in the standard alphabet
		assertThat(Digests.base64Url(new byte[] { (byte) 0xfb, (byte) 0xff })).isEqualTo("-_8");
	}

	@Test
	void base64UrlOfAbcsDigestIsItsKnownEncoding() {
		assertThat(Digests.base64Url(Digests.sha256("abc"))).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
	}

}
