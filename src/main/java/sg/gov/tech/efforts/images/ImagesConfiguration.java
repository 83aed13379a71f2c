package sg.gov.tech.efforts.images;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the copies of the site's images at {@link ImageVariants#PREFIX}: a year as immutable (the address names
 * the file's hash), with a strong ETag of the bytes. They are made by a pool of {@code site.images.threads} low
 * priority threads with a bounded queue, never on the thread of a page's request.
 */
@Configuration(proxyBeanMethods = false)
class ImagesConfiguration implements WebMvcConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	private final VariantResolver variants;

	ImagesConfiguration(SiteProperties site, ContentImages images) {
		SiteProperties.Images properties = site.getImages();
		this.pool.setCorePoolSize(properties.getThreads());
		this.pool.setMaxPoolSize(properties.getThreads());
		this.pool.setQueueCapacity(properties.getQueue());
		this.pool.setThreadNamePrefix("image-copies-");
		this.pool.setDaemon(true);
		// pages come first: copies are made with what the cores have left
		this.pool.setThreadPriority(Thread.NORM_PRIORITY - 1);
		this.pool.initialize();
		VariantCache cache = new VariantCache(properties.getMemorySize().toBytes(), properties.getCacheDir(),
				properties.getCacheDirSize().toBytes());
		// ImageIO, AWT and the plugins load on the first making, not while the site gets ready
		Supplier<VariantMaker> maker = SingletonSupplier
			.of(() -> new VariantMaker(properties.getWebpQuality(), properties.getJpegQuality()));
		this.variants = new VariantResolver(images, cache, maker, this.pool, properties.getMaxWait(),
				encoding(properties));
	}

	/** @return what the encoder's settings make of a copy, part of every cached copy's name */
	static String encoding(SiteProperties.Images properties) {
		return "q" + Math.round(properties.getWebpQuality() * 100) + "j"
				+ Math.round(properties.getJpegQuality() * 100);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ImageVariants.PREFIX + "**")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.setEtagGenerator((resource) -> (resource instanceof VariantResource variant) ? variant.etag() : null)
			.setUseLastModified(false)
			.resourceChain(false)
			.addResolver(this.variants);
	}

	@Override
	public void destroy() {
		this.pool.shutdown();
	}

}
