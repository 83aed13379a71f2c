package sg.gov.tech.efforts.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector writes a whole page at once, through the buffers {@code site.server.*} asks for. */
class ConnectorConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ConnectorConfiguration.class, SettingsConfiguration.class);

	@Test
	void theWriteBufferIs32KbByDefault() {
		this.runner.run((context) -> assertThat(customized(context).getProperty("socket.appWriteBufSize"))
			.hasToString("32768"));
	}

	@Test
	void theWriteBufferIsTheConfiguredSize() {
		this.runner.withPropertyValues("site.server.write-buffer=48KB")
			.run((context) -> assertThat(customized(context).getProperty("socket.appWriteBufSize"))
				.hasToString("49152"));
	}

	@Test
	void directBuffersAreUsedByDefault() {
		this.runner.run((context) -> assertThat(customized(context).getProperty("socket.directBuffer"))
			.hasToString("true"));
	}

	@Test
	void directBuffersCanBeTurnedOff() {
		this.runner.withPropertyValues("site.server.direct-buffers=false")
			.run((context) -> assertThat(customized(context).getProperty("socket.directBuffer"))
				.hasToString("false"));
	}

	private static Connector customized(AssertableApplicationContext context) {
		assertThat(context).hasSingleBean(TomcatConnectorCustomizer.class);
		Connector connector = new Connector();
		context.getBean(TomcatConnectorCustomizer.class).customize(connector);
		return connector;
	}

}
