package sg.gov.tech.efforts.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.SiteContent;
import sg.gov.tech.efforts.site.ContentSecurityPolicies;
import sg.gov.tech.efforts.site.SecurityHeaders;

/**
 * Sets the security headers on every response before anything is written: pages, files, redirects and error pages
 * (it runs again on Tomcat's error dispatch, which may reset headers). HSTS goes only on responses to HTTPS
 * requests, which behind a proxy means {@code X-Forwarded-Proto: https} from a trusted address.
 */
class SecurityHeadersFilter implements Filter {

	private final SiteContent content;

	private final ContentSecurityPolicies policy;

	private final String strictTransportSecurity;

	SecurityHeadersFilter(SiteContent content, ContentSecurityPolicies policy, String strictTransportSecurity) {
		this.content = content;
		this.policy = policy;
		this.strictTransportSecurity = strictTransportSecurity;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletResponse http = (HttpServletResponse) response;
		SecurityHeaders.FIXED.forEach((header) -> http.setHeader(header.name(), header.value()));
		http.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, this.policy.baseFor(this.content.site()));
		if (request.isSecure()) {
			http.setHeader(SecurityHeaders.STRICT_TRANSPORT_SECURITY, this.strictTransportSecurity);
		}
		chain.doFilter(request, response);
	}

}
