package sg.gov.tech.efforts.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site's content lives.
 *
 * @param location the content root: {@code classpath:content/} (the pages built into the jar) or a folder such as
 * {@code /srv/content/} or {@code file:/srv/content/}; env {@code SITE_CONTENT_LOCATION}
 */
@ConfigurationProperties("site.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location) {
}
