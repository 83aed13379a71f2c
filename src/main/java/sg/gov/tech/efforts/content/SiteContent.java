package sg.gov.tech.efforts.content;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The site being served: loaded when the application starts, so a content error stops startup and no request ever
 * parses or renders Markdown. Every {@link SiteContentListener} prepares its own view of a site before it is served.
 */
@Component
public class SiteContent {

	private static final Log logger = LogFactory.getLog(SiteContent.class);

	private final List<SiteContentListener> listeners;

	private volatile Site site;

	SiteContent(ContentProperties properties, ObjectProvider<SiteContentListener> listeners) {
		this.listeners = listeners.orderedStream().toList();
		long start = System.nanoTime();
		Site loaded = new ContentLoader().load(properties.location());
		publish(loaded);
		logger.info(String.format("Loaded %d page(s) with %d section(s) from %s in %d ms", loaded.pages().size(),
				loaded.pages().stream().mapToInt((page) -> page.sections().size()).sum(), properties.location(),
				(System.nanoTime() - start) / 1_000_000));
	}

	/** @return the site being served now */
	public Site site() {
		return this.site;
	}

	/**
	 * Lets every listener prepare the new site, then serves it; a listener's exception leaves the current site.
	 * @param loaded a newly loaded site
	 */
	protected final void publish(Site loaded) {
		for (SiteContentListener listener : this.listeners) {
			listener.siteLoaded(loaded);
		}
		this.site = loaded;
	}

}
