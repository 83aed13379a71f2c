package sg.gov.tech.efforts.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site's content lives, whether changes to it are served without a restart, and how strictly it is
 * checked.
 *
 * @param location the content root: {@code classpath:content/} (the pages built into the jar), a folder such as
 * {@code /srv/content/} or {@code file:/srv/content/}, or an Isomer repository (a folder with {@code _config.yml});
 * env {@code SITE_CONTENT_LOCATION}
 * @param watch whether a folder content root is watched, so edits are served within seconds; env
 * {@code SITE_CONTENT_WATCH}
 * @param strict whether any error (a file that cannot be parsed, a link or image that leads nowhere, two files with
 * one URL) stops startup and rejects a reload, for a CI pipeline; by default such a file is left out, or keeps its
 * last good version, and the rest is served; env {@code SITE_CONTENT_STRICT}
 */
@ConfigurationProperties("site.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("true") boolean watch, @DefaultValue("false") boolean strict) {

	@ConstructorBinding
	public ContentProperties {
	}

	/** Content at a location, watched when it is a folder. */
	public ContentProperties(String location) {
		this(location, true, false);
	}

	/** Content at a location, watched or not, problems in one file never stopping the others. */
	public ContentProperties(String location, boolean watch) {
		this(location, watch, false);
	}

}
