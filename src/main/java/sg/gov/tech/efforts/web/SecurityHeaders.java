package sg.gov.tech.efforts.web;

import java.util.Map;

/**
 * The security headers that do not depend on the content, shared by the application's filter and by Tomcat's own
 * error report, so even a request Tomcat rejects before the application sees it carries them.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	/** Every powerful browser feature switched off: the site needs none of them, nor should anything it embeds. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/** What a bare error page written by Tomcat may do: nothing at all. */
	static final String ERROR_REPORT_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	static final Map<String, String> FIXED = Map.of(
			"X-Content-Type-Options", "nosniff",
			"Referrer-Policy", "strict-origin-when-cross-origin",
			"Permissions-Policy", PERMISSIONS_POLICY,
			"Cross-Origin-Opener-Policy", "same-origin",
			// frame-ancestors 'none' says the same to browsers that know CSP level 2
			"X-Frame-Options", "DENY");

	private SecurityHeaders() {
	}

}
