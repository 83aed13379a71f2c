package sg.gov.tech.efforts.site;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Prepares Spring Boot's template engine for rendering pages outside a request. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

	@Bean
	static BeanPostProcessor prerenderLinks(Environment environment) {
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new PrerenderLinkBuilder(contextPath));
				}
				return bean;
			}

		};
	}

}
