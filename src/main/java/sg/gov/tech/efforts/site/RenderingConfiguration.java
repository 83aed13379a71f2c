package sg.gov.tech.efforts.site;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Prepares Spring Boot's template engine for rendering pages outside a request. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

	@Bean
	static PrerenderLinkBuilder prerenderLinkBuilder(Environment environment) {
		return new PrerenderLinkBuilder(environment.getProperty("server.servlet.context-path", ""));
	}

	/**
	 * Asset links can get their content-hashed names only once the web layer is up, after the first load: the pages
	 * are rendered then, before the application reports itself ready.
	 */
	@Bean
	ApplicationListener<ApplicationStartedEvent> hashedAssetLinks(PrerenderLinkBuilder links,
			ObjectProvider<ResourceUrlProvider> resourceUrls, PageRenderer renderer) {
		return (event) -> {
			links.useResourceUrls(resourceUrls.getIfAvailable());
			renderer.webLayerStarted();
		};
	}

	/** Links whose address the URL policy refused show as text: Spring Boot adds every dialect bean to the engine. */
	@Bean
	static EmptyAddressDialect emptyAddressDialect() {
		return new EmptyAddressDialect();
	}

	@Bean
	static BeanPostProcessor prerenderLinks(ObjectProvider<PrerenderLinkBuilder> links) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(links.getObject());
				}
				return bean;
			}

		};
	}

}
