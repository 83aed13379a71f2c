package sg.gov.tech.efforts.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site's content lives, and whether changes to it are served without a restart.
 *
 * @param location the content root: {@code classpath:content/} (the pages built into the jar) or a folder such as
 * {@code /srv/content/} or {@code file:/srv/content/}; env {@code SITE_CONTENT_LOCATION}
 * @param watch whether a folder content root is watched, so edits are served within seconds; env
 * {@code SITE_CONTENT_WATCH}
 */
@ConfigurationProperties("site.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("true") boolean watch) {

	@ConstructorBinding
	public ContentProperties {
	}

	/** Content at a location, watched when it is a folder. */
	public ContentProperties(String location) {
		this(location, true);
	}

}
