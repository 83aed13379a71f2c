package sg.gov.tech.efforts.site;

import jakarta.servlet.DispatcherType;

import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the pre-rendered pages first in the filter chain, for the requests the connector's fast lane hands on
 * ({@code site.connector.FastLaneConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class PageServingConfiguration {

	/**
	 * After the security headers ({@link Ordered#HIGHEST_PRECEDENCE}) and where Spring Boot's HTTP observation would
	 * be (one later; application.properties turns it off), before the rest of the chain; on the first dispatch only,
	 * so error pages never come from here.
	 */
	private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	@Bean
	FilterRegistrationBean<PrerenderedPageFilter> prerenderedPageFilter(SiteContent content, PageRenderer renderer,
			ServedPages served) {
		FilterRegistrationBean<PrerenderedPageFilter> registration = new FilterRegistrationBean<>(
				new PrerenderedPageFilter(content, renderer, served));
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
