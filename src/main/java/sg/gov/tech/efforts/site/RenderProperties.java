package sg.gov.tech.efforts.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of the rendered site is kept in memory.
 *
 * @param cacheSize the bytes of rendered pages (HTML and its gzip copy) kept ready; a page beyond it is rendered
 * again when asked for (about a millisecond); env {@code SITE_RENDER_CACHE_SIZE}
 */
@ConfigurationProperties("site.render")
public record RenderProperties(@DefaultValue("32MB") DataSize cacheSize) {
}
