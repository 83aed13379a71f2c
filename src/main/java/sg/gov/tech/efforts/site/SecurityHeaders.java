package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The one source of the security headers: the set that does not depend on the content, the Content-Security-Policy
 * of each kind of response ({@link ContentSecurityPolicies} for what the content needs) and HSTS, sent on every
 * answer to an HTTPS request. Pages are rendered with them ({@link PageResponseHeaders}) and {@link PageWriter}
 * adds HSTS; as a servlet filter, first in the chain and on every dispatch (Tomcat's error dispatch may reset
 * headers), this sets them on every other response before anything is written; Tomcat's own error report sets
 * {@link #setOnErrorReport its set}, so even a request Tomcat rejects before the application sees it carries them.
 */
@Component
public class SecurityHeaders implements Filter {

	public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	/** Every powerful browser feature switched off: the site needs none of them, nor should anything it embeds. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/** What a bare error page written by Tomcat may do: nothing at all. */
	public static final String ERROR_REPORT_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	private static final List<ResponseHeader> FIXED = List.of(
			ResponseHeader.of("X-Content-Type-Options", "nosniff"),
			ResponseHeader.of("Referrer-Policy", "strict-origin-when-cross-origin"),
			ResponseHeader.of("Permissions-Policy", PERMISSIONS_POLICY),
			ResponseHeader.of("Cross-Origin-Opener-Policy", "same-origin"),
			// frame-ancestors 'none' says the same to browsers that know CSP level 2
			ResponseHeader.of("X-Frame-Options", "DENY"));

	private final CurrentSite content;

	private final ContentSecurityPolicies policies;

	private final ResponseHeader strictTransportSecurity;

	public SecurityHeaders(CurrentSite content, ContentSecurityPolicies policies, SiteProperties properties) {
		this.content = content;
		this.policies = policies;
		this.strictTransportSecurity = ResponseHeader.of(STRICT_TRANSPORT_SECURITY,
				properties.getHttp().strictTransportSecurity());
	}

	/**
	 * @param policy the Content-Security-Policy of what the response shows
	 * @return the security headers of a response, but for HSTS, which depends on the request
	 */
	static List<ResponseHeader> withPolicy(String policy) {
		List<ResponseHeader> headers = new ArrayList<>(FIXED);
		headers.add(ResponseHeader.of(CONTENT_SECURITY_POLICY, policy));
		return headers;
	}

	/** @return HSTS, sent with every answer to an HTTPS request */
	ResponseHeader strictTransportSecurity() {
		return this.strictTransportSecurity;
	}

	/** Sets the headers of a response that shows no content of its own: a redirect, a file, a search, an error. */
	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletResponse http = (HttpServletResponse) response;
		set(http, this.policies.baseFor(this.content.site()));
		if (request.isSecure()) {
			http.setHeader(STRICT_TRANSPORT_SECURITY, this.strictTransportSecurity.value());
		}
		chain.doFilter(request, response);
	}

	/** Sets the headers of a bare error page written by Tomcat, which may do nothing at all. */
	public static void setOnErrorReport(HttpServletResponse response) {
		set(response, ERROR_REPORT_POLICY);
	}

	private static void set(HttpServletResponse response, String policy) {
		FIXED.forEach((header) -> response.setHeader(header.name(), header.value()));
		response.setHeader(CONTENT_SECURITY_POLICY, policy);
	}

}
