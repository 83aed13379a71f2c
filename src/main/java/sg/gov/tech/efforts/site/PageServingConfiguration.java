package sg.gov.tech.efforts.site;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.valves.RemoteIpValve;

import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Puts the pre-rendered pages in front of everything: in Tomcat's connector, and again first in the filter chain. */
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

	/**
	 * Once the connector has made Tomcat's adapter, {@link PageAdapter} goes in front of it: always, so every request
	 * is timed, with its fast lane on unless {@code site.http.fast-lane=false}. The management server's connector
	 * (a context of its own) never gets it.
	 */
	@Bean
	TomcatConnectorCustomizer pageFastLane(SiteContent content, PageRenderer renderer, PageHeaders headers,
			ServedPages served, HttpProperties http, ObjectProvider<RequestTimer> timer, Environment environment) {
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return (connector) -> connector.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				connector.getProtocolHandler()
					.setAdapter(new PageAdapter(connector.getProtocolHandler().getAdapter(), content, renderer,
							headers, forwardedProtocol(connector), contextPath, served.fastLaneCounter(),
							http.fastLane(), timer.getIfAvailable(() -> RequestTimer.NONE)));
			}
		});
	}

	private static ForwardedProtocol forwardedProtocol(Connector connector) {
		RemoteIpValve remoteIp = null;
		for (Valve valve : connector.getService().getContainer().getPipeline().getValves()) {
			if (valve instanceof RemoteIpValve found) {
				remoteIp = found;
			}
		}
		return new ForwardedProtocol(connector.getSecure(), remoteIp);
	}

}
