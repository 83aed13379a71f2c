package sg.gov.tech.efforts.site;

import jakarta.servlet.DispatcherType;

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
	FilterRegistrationBean<PageWriter> pageWriterFilter(PageWriter writer) {
		FilterRegistrationBean<PageWriter> registration = new FilterRegistrationBean<>(writer);
		registration.setOrder(RequestOrder.PAGES);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
