package sg.gov.tech.efforts.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Tells crawlers what to fetch: {@code /sitemap.xml} lists every page and section with when its content last
 * changed, and {@code /robots.txt} points to it, or shuts crawlers out of a non-production deployment.
 */
@RestController
class SitemapController {

	/** Internal search results are endless near-duplicates of the pages themselves. */
	static final String SEARCH_PATH = "/search";

	private final CurrentSite content;

	private final SiteProperties properties;

	SitemapController(CurrentSite content, SiteProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	/** The sitemap of the site last asked for, made once per loaded site: it lists every page. */
	private volatile Sitemap cached;

	private record Sitemap(Site site, String xml) {
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		Site site = this.content.site();
		Sitemap sitemap = this.cached;
		if (sitemap == null || sitemap.site() != site) {
			sitemap = new Sitemap(site, xml(site));
			this.cached = sitemap;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(sitemap.xml());
	}

	/** The sitemap XML of a loaded site. */
	String xml(Site site) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (Page page : site.pages()) {
			if (page.layout() == Layout.SEARCH || site.isNotFoundPage(page)) {
				continue;
			}
			url(xml, page.permalink(), page.lastModified());
			if (page.sectionPages()) {
				for (Section section : page.sections()) {
					url(xml, page.urlOf(section), page.lastModified());
				}
			}
		}
		for (ResourceRoom room : site.rooms()) {
			// a list changes when one of its posts does
			Instant newest = site.pages().stream()
				.filter((page) -> page.details() instanceof PageDetails.PostDetails post && post.room().equals(room.name()))
				.map(Page::lastModified)
				.max(Comparator.naturalOrder())
				.orElse(Instant.EPOCH);
			url(xml, room.url(), newest);
			room.categories().forEach((category) -> url(xml, category.url(), newest));
		}
		xml.append("</urlset>\n");
		return xml.toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		if (!this.properties.isIndexing()) {
			return "# Not the public site: nothing here may be crawled or listed.\nUser-agent: *\nDisallow: /\n";
		}
		return "User-agent: *\nDisallow: " + SEARCH_PATH + "\n\nSitemap: " + this.properties.absolute("/sitemap.xml")
				+ "\n";
	}

	private void url(StringBuilder xml, String path, Instant lastModified) {
		xml.append("  <url>\n    <loc>").append(escape(this.properties.absolute(UriUtils.encodePath(path, StandardCharsets.UTF_8)))).append("</loc>\n");
		if (lastModified.isAfter(Instant.EPOCH)) {
			xml.append("    <lastmod>").append(lastModified.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>\n");
		}
		xml.append("  </url>\n");
	}

	/** XML's five special characters; the base URL is configuration and may hold any of them. */
	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
