package sg.gov.tech.efforts.seo;

import java.time.Instant;
import java.util.List;

import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;

import org.springframework.stereotype.Component;

/** Builds each page's {@link HeadTags} from the content and the configured public base URL. */
@Component
public class PageHeads {

	private final SeoProperties properties;

	PageHeads(SeoProperties properties) {
		this.properties = properties;
	}

	/**
	 * The head tags of one page or section.
	 * @param site the site being served
	 * @param path the page's canonical path
	 * @param title its title without the site name
	 * @param description its meta description
	 * @param breadcrumb the visible breadcrumb's steps that link to a page, as site paths
	 * @param modified when the page's content last changed
	 * @return the tags
	 */
	public HeadTags of(Site site, String path, String title, String description, List<Link> breadcrumb,
			Instant modified) {
		ShareImage image = site.settings().shareImage();
		List<Link> trail = breadcrumb.stream()
			.map((step) -> new Link(step.title(), new Url(this.properties.absolute(step.url().text()))))
			.toList();
		return new HeadTags(this.properties.absolute(path), title, description, site.settings().name(), "website",
				image.present() ? this.properties.absolute(image.url().text()) : "", image.alt(),
				this.properties.indexing(), BreadcrumbJsonLd.of(trail),
				BreadcrumbJsonLd.webPage(title, this.properties.absolute(path), modified));
	}

}
