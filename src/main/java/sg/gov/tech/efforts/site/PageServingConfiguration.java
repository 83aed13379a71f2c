package sg.gov.tech.efforts.site;

import jakarta.servlet.DispatcherType;

import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the pre-rendered pages early in the filter chain ({@link RequestOrder#PAGES}), for the requests the connector's
 * fast lane hands on ({@code site.connector.FastLaneConfiguration}); on the first dispatch only, so error pages never
 * come from there.
 */
@Configuration(proxyBeanMethods = false)
class PageServingConfiguration {

	@Bean
	FilterRegistrationBean<PrerenderedPageFilter> prerenderedPageFilter(SiteContent content, PageRenderer renderer,
			ServedPages served) {
		FilterRegistrationBean<PrerenderedPageFilter> registration = new FilterRegistrationBean<>(
				new PrerenderedPageFilter(content, renderer, served));
		registration.setOrder(RequestOrder.PAGES);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
