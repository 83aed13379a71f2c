package sg.gov.tech.efforts.site.connector;

import org.apache.catalina.valves.RemoteIpValve;
import org.apache.coyote.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS behind a proxy, decided as Tomcat's RemoteIpValve decides it for the servlet path. */
class ForwardedProtocolTests {

	@Test
	void withoutTheValveOnlyTheConnectorsSchemeCounts() {
		assertThat(new ForwardedProtocol(false, null).secure(request("10.0.0.1", "https"))).isFalse();
		assertThat(new ForwardedProtocol(true, null).secure(request("10.0.0.1", null))).isTrue();
	}

	@Test
	void theProtocolHeaderCountsOnlyFromAnInternalProxyGivenAsARegularExpression() {
		ForwardedProtocol forwarded = new ForwardedProtocol(false, valve("10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
		assertThat(forwarded.secure(request("10.1.2.3", "https"))).isTrue();
		assertThat(forwarded.secure(request("10.1.2.3", "HTTPS"))).isTrue();
		assertThat(forwarded.secure(request("203.0.113.9", "https"))).isFalse();
		assertThat(forwarded.secure(request("10.1.2.3", "http"))).isFalse();
		assertThat(forwarded.secure(request("10.1.2.3", null))).isFalse();
	}

	@Test
	void proxiesGivenAsAddressBlocksAndEveryHopMustHaveBeenHttps() {
		ForwardedProtocol forwarded = new ForwardedProtocol(false, valve("192.168.0.0/16, 127.0.0.0/8"));
		assertThat(forwarded.secure(request("192.168.7.7", "https, https"))).isTrue();
		assertThat(forwarded.secure(request("127.0.0.1", "https,http"))).isFalse();
		assertThat(forwarded.secure(request("172.16.0.1", "https"))).isFalse();
	}

	private static RemoteIpValve valve(String internalProxies) {
		RemoteIpValve valve = new RemoteIpValve();
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setInternalProxies(internalProxies);
		return valve;
	}

	/** A request from {@code address}, with that X-Forwarded-Proto unless {@code null}; no socket behind it. */
	private static Request request(String address, String protocol) {
		Request request = new Request();
		request.remoteAddr().setString(address);
		if (protocol != null) {
			request.getMimeHeaders().addValue("X-Forwarded-Proto").setString(protocol);
		}
		return request;
	}

}
