package sg.gov.tech.efforts.seo;

/**
 * What a page's {@code <head>} tells search engines and link previews about it, every URL absolute.
 *
 * @param canonical the page's one public URL ({@code <link rel="canonical">}, {@code og:url})
 * @param title the title a preview shows: the page's {@code <title>} without the site name
 * @param description the page's meta description
 * @param siteName {@code og:site_name}
 * @param type {@code og:type}
 * @param image the preview picture's URL; empty when the site has none
 * @param imageAlt what the picture shows
 * @param indexable whether search engines may list the page; {@code false} on non-production deployments
 * @param breadcrumbJson the JSON-LD {@code BreadcrumbList}, safe to place inside a {@code <script>} element
 * @param webPageJson the JSON-LD {@code WebPage} with its {@code dateModified}, as safe
 */
public record HeadTags(String canonical, String title, String description, String siteName, String type,
		String image, String imageAlt, boolean indexable, String breadcrumbJson, String webPageJson) {

	/** @return the same tags, for a page no search engine may list (the site's own not-found page) */
	public HeadTags notIndexable() {
		return new HeadTags(this.canonical, this.title, this.description, this.siteName, this.type, this.image,
				this.imageAlt, false, this.breadcrumbJson, this.webPageJson);
	}

	public boolean hasImage() {
		return !this.image.isEmpty();
	}

}
