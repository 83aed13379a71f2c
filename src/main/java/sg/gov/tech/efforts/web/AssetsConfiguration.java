package sg.gov.tech.efforts.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the site's own files (the stylesheet) at {@code /assets/…} under content-hashed names, which templates get
 * by writing the plain name in {@code @{/assets/site.css}}: {@link ResourceUrlEncodingFilter} rewrites it to
 * {@code /assets/site-<md5>.css}. Hashed names are cached for a year as immutable, plain names are revalidated, text
 * is gzipped once, and every answer has a strong ETag and Last-Modified for 304s. The fonts, named by their own
 * hash, are cached for a year at their one name.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

	private final ResourceEtags etags;

	AssetsConfiguration(ResourceEtags etags) {
		this.etags = etags;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the fonts' own names carry a hash of their bytes (scripts/subset-lato.sh): they never change
		registry.addResourceHandler("/assets/fonts/**")
			.addResourceLocations("classpath:/static/fonts/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.setEtagGenerator(this.etags)
			.resourceChain(true);
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.setEtagGenerator(this.etags)
			.resourceChain(true)
			.addResolver(new GzipResourceResolver())
			.addResolver(new ImmutableVersionResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** Rewrites asset links in pages, error pages included, to their content-hashed names. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
