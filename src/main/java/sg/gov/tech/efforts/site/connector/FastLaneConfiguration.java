package sg.gov.tech.efforts.site.connector;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.valves.RemoteIpValve;

import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.PageWriter;
import sg.gov.tech.efforts.site.ServedPages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Puts the pre-rendered pages in front of everything, in Tomcat's connector. */
@Configuration(proxyBeanMethods = false)
class FastLaneConfiguration {

	/**
	 * Once the connector has made Tomcat's adapter, {@link PageAdapter} goes in front of it: always, so every request
	 * is timed, with its fast lane on unless {@code site.http.fast-lane=false}. The management server's connector
	 * (a context of its own) never gets it.
	 */
	@Bean
	TomcatConnectorCustomizer pageFastLane(PageWriter writer, ServedPages served, SiteProperties properties,
			ObjectProvider<RequestTimer> timer, Environment environment) {
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return (connector) -> connector.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				connector.getProtocolHandler()
					.setAdapter(new PageAdapter(connector.getProtocolHandler().getAdapter(), writer,
							forwardedProtocol(connector), contextPath, served.fastLaneCounter(),
							properties.getHttp().isFastLane(), timer.getIfAvailable(() -> RequestTimer.NONE)));
			}
		});
	}

	/** The servlet path's RemoteIpValve (server.forward-headers-strategy=native), whose rules the fast lane follows. */
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
