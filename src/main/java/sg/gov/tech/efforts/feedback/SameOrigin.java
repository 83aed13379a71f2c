package sg.gov.tech.efforts.feedback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The forms' defence against cross-site request forgery: a submission must come from a page of this site, as its
 * {@code Origin} header (or, without one, its {@code Referer}) says. Browsers send {@code Origin} with every
 * cross-site POST and a page cannot forge it, so no per-visitor token is needed, and the pages stay the same bytes
 * for everyone (cacheable, with their ETags). Hosts are compared, not ports or schemes, so a TLS-terminating proxy
 * cannot make an honest form look foreign. A request with neither header (no browser would send a cross-site form
 * so) is let through.
 */
final class SameOrigin {

	private final String publicHost;

	/** @param publicAddress the site's public address ({@code site.base-url}), whose host is always this site's */
	SameOrigin(String publicAddress) {
		this.publicHost = host(publicAddress);
	}

	/**
	 * @param request a submission
	 * @return whether it came from this site's own pages, or says nothing of where it came from
	 */
	boolean allows(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String from = (origin != null) ? origin : request.getHeader(HttpHeaders.REFERER);
		if (from == null) {
			return true;
		}
		String host = host(from);
		return host != null && (host.equals(lower(request.getServerName())) || host.equals(this.publicHost));
	}

	/** The host of an origin or URL, lower case; {@code null} for {@code Origin: null} or anything unreadable. */
	private static String host(String address) {
		try {
			URI uri = new URI(address.strip());
			return (uri.getHost() != null) ? lower(uri.getHost()) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String lower(String host) {
		return (host != null) ? host.toLowerCase(Locale.ROOT) : null;
	}

}
