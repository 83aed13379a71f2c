package sg.gov.tech.efforts.site.connector;

import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast lane's reading of a request's preconditions: 304, 200, or Spring's to decide. */
class ValidatorsTests {

	private static final String ETAG = "\"abc123\"";

	private static final long MODIFIED = 1_764_000_000_000L;

	@Test
	void noValidatorsMeanTheClientHasNoCopy() {
		assertThat(validators()).isEqualTo(Validators.CHANGED);
		assertThat(validators("Accept-Encoding", "gzip", "Accept", "text/html")).isEqualTo(Validators.CHANGED);
	}

	@Test
	void ifNoneMatchComparesWeaklyAndInAnyPlaceOfAList() {
		assertThat(validators("If-None-Match", ETAG)).isEqualTo(Validators.CURRENT);
		assertThat(validators("if-none-match", "W/" + ETAG)).isEqualTo(Validators.CURRENT);
		assertThat(validators("If-None-Match", "\"other\", " + ETAG)).isEqualTo(Validators.CURRENT);
		assertThat(validators("If-None-Match", "\"other\"")).isEqualTo(Validators.CHANGED);
	}

	@Test
	void ifNoneMatchWinsOverIfModifiedSince() {
		String now = FastHttpDateFormat.formatDate(MODIFIED + 60_000);
		assertThat(validators("If-None-Match", "\"other\"", "If-Modified-Since", now)).isEqualTo(Validators.CHANGED);
	}

	@Test
	void ifModifiedSinceIsCurrentFromThePagesDateOn() {
		assertThat(validators("If-Modified-Since", FastHttpDateFormat.formatDate(MODIFIED)))
			.isEqualTo(Validators.CURRENT);
		assertThat(validators("If-Modified-Since", FastHttpDateFormat.formatDate(MODIFIED - 1000)))
			.isEqualTo(Validators.CHANGED);
	}

	@Test
	void whatSpringReadsOtherwiseIsLeftToSpring() {
		assertThat(validators("If-None-Match", "*")).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-None-Match", "abc123")).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-None-Match", " ")).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-None-Match", ETAG, "If-None-Match", "\"other\"")).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-Modified-Since", "yesterday")).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-Match", ETAG)).isEqualTo(Validators.UNSURE);
		assertThat(validators("If-Unmodified-Since", FastHttpDateFormat.formatDate(MODIFIED)))
			.isEqualTo(Validators.UNSURE);
	}

	/** Headers as Tomcat's parser leaves them: names and values as raw bytes. */
	private static Validators validators(String... namesAndValues) {
		MimeHeaders headers = new MimeHeaders();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			byte[] name = namesAndValues[i].getBytes(StandardCharsets.ISO_8859_1);
			byte[] value = namesAndValues[i + 1].getBytes(StandardCharsets.ISO_8859_1);
			headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
		}
		return Validators.of(headers, ETAG, MODIFIED);
	}

}
