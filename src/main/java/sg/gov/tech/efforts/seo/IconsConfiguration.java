package sg.gov.tech.efforts.seo;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the site's icons where browsers and phones look for them without being told: {@code /favicon.ico} and
 * {@code /apple-touch-icon.png}.
 */
@Configuration(proxyBeanMethods = false)
class IconsConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico", "/apple-touch-icon.png").addResourceLocations("classpath:/icons/");
	}

}
