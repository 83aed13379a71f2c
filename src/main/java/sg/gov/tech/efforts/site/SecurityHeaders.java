package sg.gov.tech.efforts.site;

import java.util.List;

/**
 * The security headers that do not depend on the content, shared by the pages' fast lane, the application's filter
 * and Tomcat's own error report, so even a request Tomcat rejects before the application sees it carries them.
 */
public final class SecurityHeaders {

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

	public static final List<ResponseHeader> FIXED = List.of(
			ResponseHeader.of("X-Content-Type-Options", "nosniff"),
			ResponseHeader.of("Referrer-Policy", "strict-origin-when-cross-origin"),
			ResponseHeader.of("Permissions-Policy", PERMISSIONS_POLICY),
			ResponseHeader.of("Cross-Origin-Opener-Policy", "same-origin"),
			// frame-ancestors 'none' says the same to browsers that know CSP level 2
			ResponseHeader.of("X-Frame-Options", "DENY"));

	private SecurityHeaders() {
	}

}
