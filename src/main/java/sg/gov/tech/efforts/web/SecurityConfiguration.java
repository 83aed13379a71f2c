package sg.gov.tech.efforts.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import sg.gov.tech.efforts.site.RequestOrder;
import sg.gov.tech.efforts.site.SecurityHeaders;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the security headers ({@link SecurityHeaders}) on every response: the application's through that filter, on
 * every dispatch, and Tomcat's own error reports through {@link BareErrorReportValve}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(SecurityHeaders headers) {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(headers);
		registration.setOrder(RequestOrder.SECURITY_HEADERS);
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
