package sg.gov.tech.efforts.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat's connector reads requests and writes responses (docs/benchmarks.md measures each choice).
 *
 * @param writeBuffer each connection's socket write buffer: a page and its headers that fit go out in one write
 * call; env {@code SITE_SERVER_WRITE_BUFFER}
 * @param protocol the connector's I/O: {@code nio2} (asynchronous channels) answered pages with a sixth less CPU
 * than Tomcat's default {@code nio} here; env {@code SITE_SERVER_PROTOCOL}
 * @param directBuffers whether connections read and write through direct (off-heap) buffers, which spares the JDK a
 * copy into a temporary direct buffer on every socket call; env {@code SITE_SERVER_DIRECT_BUFFERS}
 */
@ConfigurationProperties("site.server")
public record ConnectorProperties(@DefaultValue("32KB") DataSize writeBuffer, @DefaultValue("nio2") Protocol protocol,
		@DefaultValue("true") boolean directBuffers) {

	/** Tomcat's HTTP/1.1 connectors. */
	public enum Protocol {

		/** Non-blocking I/O with a poller thread: Tomcat's default. */
		NIO("org.apache.coyote.http11.Http11NioProtocol"),

		/** Asynchronous channels. */
		NIO2("org.apache.coyote.http11.Http11Nio2Protocol");

		private final String className;

		Protocol(String className) {
			this.className = className;
		}

		String className() {
			return this.className;
		}

	}

}
