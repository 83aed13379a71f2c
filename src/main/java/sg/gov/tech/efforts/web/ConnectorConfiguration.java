package sg.gov.tech.efforts.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tunes Tomcat's connector for small pages written whole from memory. */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	@Bean
	TomcatConnectorCustomizer writeBufferCustomizer(ConnectorProperties properties) {
		// Tomcat's 8 KB default splits a 15 KB page and its headers into two write calls
		return (connector) -> connector.setProperty("socket.appWriteBufSize",
				String.valueOf(properties.writeBuffer().toBytes()));
	}

}
