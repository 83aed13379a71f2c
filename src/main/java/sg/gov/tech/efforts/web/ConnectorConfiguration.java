package sg.gov.tech.efforts.web;

import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tunes Tomcat's connector for small pages written whole from memory. */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorProtocol(SiteProperties properties) {
		return (factory) -> factory.setProtocol(properties.getServer().getProtocol().className());
	}

	@Bean
	TomcatConnectorCustomizer socketBuffers(SiteProperties properties) {
		SiteProperties.Server server = properties.getServer();
		return (connector) -> {
			// Tomcat's 8 KB default splits a 15 KB page and its headers into two write calls
			connector.setProperty("socket.appWriteBufSize", String.valueOf(server.getWriteBuffer().toBytes()));
			connector.setProperty("socket.directBuffer", String.valueOf(server.isDirectBuffers()));
		};
	}

}
