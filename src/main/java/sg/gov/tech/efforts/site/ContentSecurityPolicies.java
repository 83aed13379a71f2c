package sg.gov.tech.efforts.site;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.body.BodyPipeline;
import sg.gov.tech.efforts.content.CurrentSiteListener;
import sg.gov.tech.efforts.model.PageNeeds;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;

import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of each response: scripts and styles only from the site itself (editors' styles are
 * in its own stylesheets, never inline), no plugins, no framing of the site; each page may also show images from,
 * embed frames of and post forms to exactly the hosts its content uses, and every page the hosts of the site's logo.
 */
@Component
public class ContentSecurityPolicies implements CurrentSiteListener {

	private volatile Prepared prepared;

	@Override
	public void siteLoaded(Site site) {
		this.prepared = new Prepared(site, render(site, PageNeeds.NONE));
	}

	/**
	 * The policy of responses that show no content of their own (search results, error pages, files).
	 * @param site the site being served
	 * @return the header value
	 */
	public String baseFor(Site site) {
		Prepared current = this.prepared;
		if (current == null || current.site() != site) {
			current = new Prepared(site, render(site, PageNeeds.NONE));
			this.prepared = current;
		}
		return current.header();
	}

	/**
	 * The policy of one page.
	 * @param site the site the page belongs to
	 * @param needs what the page's content needs
	 * @return the header value
	 */
	public String forPage(Site site, PageNeeds needs) {
		return render(site, needs);
	}

	static String render(Site site, PageNeeds needs) {
		Set<String> images = new TreeSet<>(needs.imageSources());
		for (Url url : List.of(site.settings().logo(), site.settings().shareImage().url())) {
			if (url.external()) {
				BodyPipeline.addOrigin(images, url.text());
			}
		}
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" + join(images)
				+ "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
				+ join(needs.formActions())
				+ (needs.frameSources().isEmpty() ? "" : "; frame-src" + join(needs.frameSources()));
	}

	private static String join(Collection<String> sources) {
		return sources.stream().sorted().map((source) -> " " + source).collect(Collectors.joining());
	}

	private record Prepared(Site site, String header) {
	}

}
