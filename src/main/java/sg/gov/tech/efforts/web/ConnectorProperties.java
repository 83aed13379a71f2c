package sg.gov.tech.efforts.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat's connector writes responses.
 *
 * @param writeBuffer each connection's socket write buffer: a page and its headers that fit go out in one write
 * call; env {@code SITE_SERVER_WRITE_BUFFER}
 */
@ConfigurationProperties("site.server")
public record ConnectorProperties(@DefaultValue("32KB") DataSize writeBuffer) {
}
