package sg.gov.tech.efforts.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tunes Tomcat's connector for small pages written whole from memory. */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorProtocol(ConnectorProperties properties) {
		return (factory) -> factory.setProtocol(properties.protocol().className());
	}

	@Bean
	TomcatConnectorCustomizer socketBuffers(ConnectorProperties properties) {
		return (connector) -> {
			// Tomcat's 8 KB default splits a 15 KB page and its headers into two write calls
			connector.setProperty("socket.appWriteBufSize", String.valueOf(properties.writeBuffer().toBytes()));
			connector.setProperty("socket.directBuffer", String.valueOf(properties.directBuffers()));
		};
	}

}
