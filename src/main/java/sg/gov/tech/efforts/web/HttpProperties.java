package sg.gov.tech.efforts.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site answers over HTTP.
 *
 * @param hstsMaxAge how long browsers must use HTTPS only, sent on responses to HTTPS requests
 * @param hstsIncludeSubdomains whether that applies to the host's subdomains too
 * @param filesMaxAge how long browsers and CDNs may reuse a content image or file without asking again (their names
 * carry no content hash, so an editor's replacement shows after at most this long)
 */
@ConfigurationProperties("site.http")
record HttpProperties(@DefaultValue("365d") Duration hstsMaxAge, @DefaultValue("true") boolean hstsIncludeSubdomains,
		@DefaultValue("10m") Duration filesMaxAge) {

	String strictTransportSecurity() {
		return "max-age=" + this.hstsMaxAge.toSeconds() + (this.hstsIncludeSubdomains ? "; includeSubDomains" : "");
	}

}
