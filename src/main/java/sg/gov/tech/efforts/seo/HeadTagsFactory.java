package sg.gov.tech.efforts.seo;

import java.time.Instant;
import java.util.List;

import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.stereotype.Component;

/** Builds each page's {@link HeadTags} from the content and the configured public base URL. */
@Component
public class HeadTagsFactory {

	/** Wide enough for the large previews of chat apps and social media (1200 pixels is their usual size). */
	private static final int SHARED_WIDTH = 1280;

	private final SiteProperties properties;

	HeadTagsFactory(SiteProperties properties) {
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
				image.present() ? this.properties.absolute(shared(site, image.url().text())) : "", image.alt(),
				this.properties.isIndexing(),
				BreadcrumbJsonLd.of(trail), BreadcrumbJsonLd.webPage(title, this.properties.absolute(path), modified));
	}

	/**
	 * The picture previews show: for one of the site's own images, its copy at most {@value #SHARED_WIDTH} pixels
	 * wide in its own format (some previewers read no WebP), without the original's metadata.
	 */
	private static String shared(Site site, String url) {
		return site.images().find(url).filter((file) -> !ImageVariants.widths(file).isEmpty()).map((file) -> {
			List<Integer> widths = ImageVariants.widths(file);
			int width = widths.stream().filter((w) -> w <= SHARED_WIDTH).reduce((a, b) -> b).orElse(widths.get(0));
			return ImageVariants.url(file, width, false);
		}).orElse(url);
	}

}
