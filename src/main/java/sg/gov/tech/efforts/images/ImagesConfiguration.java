package sg.gov.tech.efforts.images;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import sg.gov.tech.efforts.body.ImageVariants;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(ImagesProperties.class)
class ImagesConfiguration implements WebMvcConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	private final VariantResolver variants;

	ImagesConfiguration(ImagesProperties properties, ContentImages images) {
		this.pool.setCorePoolSize(properties.threads());
		this.pool.setMaxPoolSize(properties.threads());
		this.pool.setQueueCapacity(properties.queue());
		this.pool.setThreadNamePrefix("image-copies-");
		this.pool.setDaemon(true);
		// pages come first: copies are made with what the cores have left
		this.pool.setThreadPriority(Thread.NORM_PRIORITY - 1);
		this.pool.initialize();
		VariantCache cache = new VariantCache(properties.memorySize().toBytes(), properties.cacheDir(),
				properties.cacheDirSize().toBytes());
		// ImageIO, AWT and the plugins load on the first making, not while the site gets ready
		Supplier<VariantMaker> maker = SingletonSupplier
			.of(() -> new VariantMaker(properties.webpQuality(), properties.jpegQuality()));
		this.variants = new VariantResolver(images, cache, maker, this.pool, properties.maxWait(),
				properties.encoding());
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
