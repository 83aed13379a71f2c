package sg.gov.tech.efforts.web;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.ContentProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the content root's {@code images/} and {@code files/} folders, and asks for static resources to be matched
 * before the page controller, whose {@code /**} mapping would otherwise take every path.
 */
@Configuration(proxyBeanMethods = false)
class ContentResourcesConfiguration implements WebMvcConfigurer {

	private final String contentRoot;

	ContentResourcesConfiguration(ContentProperties properties) {
		this.contentRoot = ContentLoader.rootOf(properties.location());
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registry.addResourceHandler("/images/**").addResourceLocations(this.contentRoot + "images/");
		registry.addResourceHandler("/files/**").addResourceLocations(this.contentRoot + "files/");
	}

}
