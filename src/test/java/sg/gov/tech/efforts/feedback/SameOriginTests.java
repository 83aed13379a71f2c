package sg.gov.tech.efforts.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A submission must come from a page of this site, as its Origin (or, lacking it, its Referer) says. */
class SameOriginTests {

	private final SameOrigin origin = new SameOrigin("https://www.tech.gov.sg");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://localhost:18024", "https://localhost", "HTTP://LOCALHOST:8080" })
	void anOriginOfTheRequestsOwnHostIsAllowed(String origin) {
		assertThat(this.origin.allows(request("Origin", origin))).isTrue();
	}

	@Test
	void anOriginOfThePublicAddressIsAllowedBehindAProxyThatRenamesTheHost() {
		assertThat(this.origin.allows(request("Origin", "https://www.tech.gov.sg"))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "https://evil.example", "https://www.tech.gov.sg.evil.example",
			"https://localhost.evil.example", "null", "not a url", "file:///tmp/form.html" })
	void anyOtherOriginIsRefused(String origin) {
		assertThat(this.origin.allows(request("Origin", origin))).isFalse();
	}

	@Test
	void withoutOriginTheRefererDecides() {
		assertThat(this.origin.allows(request("Referer", "http://localhost/about-us/"))).isTrue();
		assertThat(this.origin.allows(request("Referer", "https://evil.example/about-us/"))).isFalse();
	}

	@Test
	void theOriginWinsOverTheReferer() {
		MockHttpServletRequest request = request("Origin", "https://evil.example");
		request.addHeader("Referer", "http://localhost/about-us/");
		assertThat(this.origin.allows(request)).isFalse();
	}

	@Test
	void aRequestThatSaysNothingOfWhereItCameFromIsAllowed() {
		assertThat(this.origin.allows(new MockHttpServletRequest("POST", "/page-feedback/useful"))).isTrue();
	}

	private static MockHttpServletRequest request(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/page-feedback/useful");
		request.setServerName("localhost");
		request.addHeader(header, value);
		return request;
	}

}
