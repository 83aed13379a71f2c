package sg.gov.tech.efforts.seo;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public reaches this deployment, and whether search engines may list it.
 *
 * @param baseUrl the public address of the site, such as {@code https://www.tech.gov.sg}, from which canonical,
 * link-preview and sitemap URLs are built; env {@code SITE_BASE_URL}
 * @param indexing {@code false} on non-production deployments: robots.txt disallows everything and pages say
 * {@code noindex}; env {@code SITE_INDEXING}
 */
@ConfigurationProperties("site")
public record SeoProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("true") boolean indexing) {

	public SeoProperties {
		baseUrl = normalise(baseUrl);
	}

	/**
	 * An absolute URL for a site path; absolute URLs pass through.
	 * @param pathOrUrl a path starting with {@code /}, or an {@code http(s)://} URL
	 * @return the absolute URL
	 */
	public String absolute(String pathOrUrl) {
		if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
			return pathOrUrl;
		}
		return this.baseUrl + (pathOrUrl.startsWith("/") ? pathOrUrl : "/" + pathOrUrl);
	}

	/** Checked at startup so a typo fails the deployment instead of publishing broken canonical URLs. */
	private static String normalise(String baseUrl) {
		String trimmed = baseUrl.strip();
		try {
			URI uri = new URI(trimmed);
			boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException("site.base-url must be an http(s) address such as "
						+ "https://www.tech.gov.sg, without query or fragment, but is '" + trimmed + "'");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("site.base-url is not a valid address: '" + trimmed + "'", ex);
		}
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
