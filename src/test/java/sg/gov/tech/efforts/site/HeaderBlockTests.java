package sg.gov.tech.efforts.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a page's headers go with which answer, as strings for the servlet path and as bytes for the fast lane. */
class HeaderBlockTests {

	private static final ResponseHeader VARY = ResponseHeader.of("Vary", "Accept-Encoding");

	private static final ResponseHeader ETAG = ResponseHeader.of("ETag", "\"abc\"");

	private static final ResponseHeader TYPE = ResponseHeader.of("Content-Type", "text/html;charset=UTF-8");

	private final HeaderBlock block = new HeaderBlock(List.of(VARY), List.of(ETAG), List.of(TYPE));

	@Test
	void okSendsEveryHeader() {
		assertThat(this.block.headers(200)).containsExactly(VARY, ETAG, TYPE);
	}

	@Test
	void notModifiedSendsTheValidatorsButNotTheEntitysHeaders() {
		assertThat(this.block.headers(304)).containsExactly(VARY, ETAG);
	}

	@Test
	void failedPreconditionSendsNeitherValidatorsNorTheEntitysHeaders() {
		assertThat(this.block.headers(412)).containsExactly(VARY);
	}

	@Test
	void bytesHoldEveryHeaderAfterTheFirstOnesName() {
		assertThat(new String(this.block.name(), StandardCharsets.ISO_8859_1)).isEqualTo("Vary");
		assertThat(text(200)).isEqualTo("Accept-Encoding\r\nETag: \"abc\"\r\nContent-Type: text/html;charset=UTF-8");
	}

	@Test
	void notModifiedBytesAreAPrefixOfTheOksEndingAfterTheValidators() {
		assertThat(text(304)).isEqualTo("Accept-Encoding\r\nETag: \"abc\"");
	}

	private String text(int status) {
		return new String(this.block.value(), 0, this.block.length(status), StandardCharsets.ISO_8859_1);
	}

}
