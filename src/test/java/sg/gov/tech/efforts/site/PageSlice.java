package sg.gov.tech.efforts.site;

import sg.gov.tech.efforts.seo.HeadTagsFactory;
import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What renders the pages and writes them, for a {@code @WebMvcTest} slice that also replaces {@code CurrentSite} with
 * a mock: the renderer with its templates and links, {@link PageWriter} as the filter it is in the application, and
 * the settings and clock they read. Public for the slices of the error controller, in another package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ PageWriter.class, PageServingConfiguration.class, PageRenderer.class, RenderingConfiguration.class,
		PageResponseHeaders.class, ContentSecurityPolicies.class, SecurityHeaders.class, ServedPages.class,
		HeadTagsFactory.class, SettingsConfiguration.class })
public class PageSlice {

}
