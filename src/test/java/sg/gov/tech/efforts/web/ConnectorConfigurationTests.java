package sg.gov.tech.efforts.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The running connector writes a whole page at once and keeps connections open as long as nginx does. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "site.server.write-buffer=48KB")
class ConnectorConfigurationTests {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void theConnectorHasTheConfiguredWriteBufferAndKeepAlive() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(48 * 1024));
		assertThat(connector.getProperty("maxKeepAliveRequests")).hasToString("1000");
	}

}
