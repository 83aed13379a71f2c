package sg.gov.tech.efforts.settings;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the {@code site.*} settings once, and gives every bean that reads the time one clock; public for the tests of
 * other packages' configurations, which run it in an {@code ApplicationContextRunner}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
public class SettingsConfiguration {

	/** Today's date and the footer's year in Singapore time; tests put a fixed clock in its place. */
	@Bean
	Clock clock() {
		return Clock.system(SiteTime.ZONE);
	}

}
