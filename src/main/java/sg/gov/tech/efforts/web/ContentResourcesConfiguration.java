package sg.gov.tech.efforts.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.content.CurrentSiteListener;
import sg.gov.tech.efforts.images.ContentImages;
import sg.gov.tech.efforts.images.MetadataFreeResolver;
import sg.gov.tech.efforts.model.ContentFiles;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.RequestOrder;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Serves the content root's {@code images/} and {@code files/} folders (only what {@link ContentFileResolver}
 * allows), and asks for static resources to be matched before the page controller, whose {@code /**} mapping would
 * otherwise take every path. Images lose their metadata on the way ({@link MetadataFreeResolver}). Their names carry no content hash, so they are cached for
 * {@code site.http.files-max-age} and then revalidated by ETag; the resolved (and gzipped) files are forgotten each
 * time the content reloads, so live reload serves edited files afresh.
 */
@Configuration(proxyBeanMethods = false)
class ContentResourcesConfiguration implements WebMvcConfigurer {

	private static final String IMAGES = "images/";

	private final String contentRoot;

	private final CacheControl cacheControl;

	private final ResourceEtags etags;

	private final Cache resolved = new ConcurrentMapCache("content-files");

	private final ContentImages images;

	ContentResourcesConfiguration(SiteProperties properties, ResourceEtags etags, ContentImages images) {
		this.contentRoot = ContentLoader.rootOf(properties.getContent().getLocation());
		this.cacheControl = CacheControl.maxAge(properties.getHttp().getFilesMaxAge()).cachePublic();
		this.etags = etags;
		this.images = images;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(RequestOrder.RESOURCE_HANDLERS);
		for (String folder : ContentFiles.FOLDERS) {
			ResourceChainRegistration chain = registry.addResourceHandler("/" + folder + "**")
				.addResourceLocations(this.contentRoot + folder)
				.setCacheControl(this.cacheControl)
				.setEtagGenerator(this.etags)
				.resourceChain(false)
				.addResolver(new ExistingFilesCache(this.resolved))
				.addResolver(new GzipResourceResolver());
			if (folder.equals(IMAGES)) {
				// pictures lose their EXIF, XMP and IPTC; downloads under files/ are served byte for byte
				chain.addResolver(new MetadataFreeResolver(this.images, "/" + IMAGES));
			}
			chain.addResolver(new ContentFileResolver());
		}
	}

	/** The content root's other files, served by a filter at the paths the loaded site lists (Isomer's). */
	@Bean
	FilterRegistrationBean<ContentFilesFilter> contentFilesFilter(CurrentSite content, ResourceLoader resources,
			ServletContext servletContext) throws Exception {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setLocations(List.of(resources.getResource(this.contentRoot)));
		handler.setResourceResolvers(List.of(new ExistingFilesCache(this.resolved), new GzipResourceResolver(),
				new MetadataFreeResolver(this.images, "/"), new ContentFileResolver()));
		handler.setCacheControl(this.cacheControl);
		handler.setEtagGenerator(this.etags);
		handler.setServletContext(servletContext);
		handler.afterPropertiesSet();
		FilterRegistrationBean<ContentFilesFilter> registration = new FilterRegistrationBean<>(
				new ContentFilesFilter(content, handler));
		registration.setOrder(RequestOrder.CONTENT_FILES);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	CurrentSiteListener forgetResolvedContentFiles() {
		return (site) -> this.resolved.clear();
	}

}
