package sg.gov.tech.efforts.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Preview mode, for editors checking content before it goes public.
 *
 * @param preview whether pages show editor notes highlighted under a "Preview" banner (and ask not to be indexed);
 * env {@code SITE_PREVIEW}; never set it on the public site
 */
@ConfigurationProperties("site")
public record PreviewProperties(boolean preview) {
}
