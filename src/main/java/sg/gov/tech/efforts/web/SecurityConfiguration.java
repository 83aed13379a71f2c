package sg.gov.tech.efforts.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import sg.gov.tech.efforts.content.SiteContent;
import sg.gov.tech.efforts.site.ContentSecurityPolicies;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the security headers on every response: the application's through a filter that runs before any other, and
 * Tomcat's own error reports through {@link BareErrorReportValve}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SiteContent content,
			ContentSecurityPolicies policy, SiteProperties properties) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(content, policy, properties.getHttp().strictTransportSecurity()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> bareTomcatErrorReports() {
		return new BareErrorReports();
	}

	/** Runs after Spring Boot's customizer, which adds an ErrorReportValve of its own, and replaces it. */
	static class BareErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new BareErrorReportValve());
				if (host instanceof StandardHost standardHost) {
					// stops the host adding Tomcat's default report when it starts
					standardHost.setErrorReportValveClass(BareErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
