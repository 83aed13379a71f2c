package sg.gov.tech.efforts.site;

import java.util.Map;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ReservedPaths;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The paths no page may take are read from the handler mappings and the actuator's base path, never listed. */
class ReservedPathsConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
		.withUserConfiguration(ReservedPathsConfiguration.class)
		// as the application does: Spring Boot's own /webjars/** and /** mappings are off
		.withPropertyValues("spring.web.resources.add-mappings=false");

	@Test
	void aPathOfAUrlHandlerMappingIsReserved() {
		this.runner.withUserConfiguration(UrlMapping.class)
			.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments()).contains("/downloads"));
	}

	@Test
	void aControllersPathIsReserved() {
		this.runner.withUserConfiguration(Reports.class)
			.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments()).contains("/reports"));
	}

	@Test
	void aMappingOfEveryPathReservesNothing() {
		this.runner.withUserConfiguration(CatchAll.class)
			.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments()).isEmpty());
	}

	@Test
	void theActuatorsBasePathIsReservedWhereverItIsMoved() {
		this.runner.withUserConfiguration(Actuator.class)
			.withPropertyValues("management.endpoints.web.base-path=/operations")
			.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments()).contains("/operations")
				.doesNotContain("/actuator"));
	}

	@Test
	void theActuatorsDefaultBasePathIsReserved() {
		this.runner.withUserConfiguration(Actuator.class)
			.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments()).contains("/actuator"));
	}

	@Test
	void withoutTheActuatorNoActuatorPathIsReserved() {
		this.runner.run((context) -> assertThat(context.getBean(ReservedPaths.class).segments())
			.doesNotContain("/actuator"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UrlMapping {

		@Bean
		SimpleUrlHandlerMapping downloads() {
			HttpRequestHandler nothing = (request, response) -> {
			};
			return new SimpleUrlHandlerMapping(Map.of("/downloads/**", nothing));
		}

	}

	@RestController
	static class Reports {

		@GetMapping("/reports/{year}")
		String report() {
			return "report";
		}

	}

	@RestController
	static class CatchAll {

		@GetMapping({ "/", "/**" })
		String anything() {
			return "anything";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebEndpointProperties.class)
	static class Actuator {

	}

}
