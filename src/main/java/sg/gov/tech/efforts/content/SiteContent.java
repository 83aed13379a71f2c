package sg.gov.tech.efforts.content;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The site being served: loaded once when the application starts, so a content error stops startup and no request
 * ever parses or renders Markdown.
 */
@Component
public class SiteContent {

	private static final Log logger = LogFactory.getLog(SiteContent.class);

	private final Site site;

	SiteContent(ContentProperties properties) {
		long start = System.nanoTime();
		this.site = new ContentLoader().load(properties.location());
		logger.info(String.format("Loaded %d page(s) with %d section(s) from %s in %d ms", this.site.pages().size(),
				this.site.pages().stream().mapToInt((page) -> page.sections().size()).sum(), properties.location(),
				(System.nanoTime() - start) / 1_000_000));
	}

	public Site site() {
		return this.site;
	}

}
