package sg.gov.tech.efforts.site.connector;

import java.net.UnknownHostException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Request;

/**
 * Whether a request came over HTTPS, decided as Tomcat's {@link RemoteIpValve} decides it for the servlet path: the
 * connector's own scheme, or the protocol header (X-Forwarded-Proto) when the request comes from a trusted proxy.
 * The pages' fast lane needs the same answer, for HSTS, but answers in the connector's adapter, before the engine's
 * valves (this one among them) have run: it reads the valve's settings and decides as the valve would.
 */
final class ForwardedProtocol {

	private final boolean connectorSecure;

	private final String header;

	private final String httpsValue;

	private final Predicate<String> internalProxies;

	private final Predicate<String> trustedProxies;

	/**
	 * @param connectorSecure whether the connector itself speaks HTTPS
	 * @param valve the valve the servlet path goes through, or {@code null} when forwarded headers are not trusted
	 */
	ForwardedProtocol(boolean connectorSecure, RemoteIpValve valve) {
		this.connectorSecure = connectorSecure;
		this.header = (valve != null) ? valve.getProtocolHeader() : null;
		this.httpsValue = (valve != null) ? valve.getProtocolHeaderHttpsValue() : null;
		this.internalProxies = proxies((valve != null) ? valve.getInternalProxies() : null);
		this.trustedProxies = proxies((valve != null) ? valve.getTrustedProxies() : null);
	}

	boolean secure(Request request) {
		if (this.header == null) {
			return this.connectorSecure;
		}
		String value = request.getMimeHeaders().getHeader(this.header);
		if (value == null) {
			return this.connectorSecure;
		}
		request.action(ActionCode.REQ_HOST_ADDR_ATTRIBUTE, request);
		String address = request.remoteAddr().toString();
		if (address == null || !this.internalProxies.test(address) && !this.trustedProxies.test(address)) {
			return this.connectorSecure;
		}
		// as the valve: a list of protocols is secure only if every hop was
		for (String protocol : value.split(",")) {
			if (!protocol.strip().equalsIgnoreCase(this.httpsValue)) {
				return false;
			}
		}
		return true;
	}

	/** As the valve reads its setting: CIDR blocks when it holds a slash, else a regular expression. */
	private static Predicate<String> proxies(String setting) {
		if (setting == null || setting.isEmpty()) {
			return (address) -> false;
		}
		if (setting.indexOf('/') > 0) {
			NetMaskSet blocks = NetMaskSet.parse(setting);
			return (address) -> {
				try {
					return blocks.contains(address);
				}
				catch (UnknownHostException ex) {
					return false;
				}
			};
		}
		Pattern pattern = Pattern.compile(setting);
		return (address) -> pattern.matcher(address).matches();
	}

}
