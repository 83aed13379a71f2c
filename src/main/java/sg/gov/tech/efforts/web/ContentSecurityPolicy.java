package sg.gov.tech.efforts.web;

import java.util.Collection;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.content.SiteContentListener;
import sg.gov.tech.efforts.model.Site;

import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the site being served, computed from its content when it loads: scripts only from
 * the site itself, no plugins, no framing, images from the site and the hosts the content uses, and inline styles
 * only where their exact hash is listed.
 */
@Component
class ContentSecurityPolicy implements SiteContentListener {

	private volatile Prepared prepared;

	@Override
	public void siteLoaded(Site site) {
		this.prepared = prepare(site);
	}

	/**
	 * The policy for a site; recomputed only if that site is not the one last prepared (a rejected reload).
	 * @param site the site being served
	 * @return the header value
	 */
	String headerFor(Site site) {
		Prepared current = this.prepared;
		if (current == null || current.site() != site) {
			current = prepare(site);
			this.prepared = current;
		}
		return current.header();
	}

	private static Prepared prepare(Site site) {
		return new Prepared(site, render(ContentSources.of(site)));
	}

	static String render(ContentSources sources) {
		String styles = "'self'" + (sources.styleAttributeHashes().isEmpty() ? "" : " 'unsafe-hashes'")
				+ join(sources.styleAttributeHashes()) + join(sources.styleElementHashes());
		return "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
				+ "form-action 'self'; img-src 'self'" + join(sources.imageSources()) + "; style-src " + styles
				+ (sources.frameSources().isEmpty() ? "" : "; frame-src 'self'" + join(sources.frameSources()));
	}

	private static String join(Collection<String> sources) {
		return sources.stream().sorted().map((source) -> " " + source).collect(Collectors.joining());
	}

	private record Prepared(Site site, String header) {
	}

}
