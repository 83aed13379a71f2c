package sg.gov.tech.efforts.site;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import sg.gov.tech.efforts.model.ReservedPaths;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The paths the application answers itself, which no page may take ({@link ReservedPaths}), read from its own
 * handler mappings rather than kept as a list: its controllers (search, sitemap, robots.txt, the error and preview
 * pages), its resource handlers ({@code /assets/}, {@code /images/}, {@code /files/}, the icons), the probes
 * ({@code /livez}, {@code /readyz}), and the actuator's base path on whichever port it listens. A path the application
 * starts answering is reserved at once; the page controller's own {@code /} and {@code /**} reserve nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReservedPathsConfiguration {

	@Bean
	ReservedPaths reservedPaths(List<HandlerMapping> mappings, ObjectProvider<WebEndpointProperties> endpoints) {
		Set<String> segments = new TreeSet<>();
		mappings.stream().flatMap(ReservedPathsConfiguration::paths)
			.forEach((path) -> ReservedPaths.segmentOf(path).ifPresent(segments::add));
		endpoints.ifAvailable(
				(properties) -> ReservedPaths.segmentOf(properties.getBasePath()).ifPresent(segments::add));
		return new ReservedPaths(segments, PageController.SEARCH_PATH);
	}

	/** @return the path patterns a handler mapping answers */
	private static Stream<String> paths(HandlerMapping mapping) {
		if (mapping instanceof AbstractHandlerMethodMapping<?> methods) {
			return methods.getHandlerMethods().keySet().stream()
				.flatMap((info) -> (info instanceof RequestMappingInfo request) ? request.getPatternValues().stream()
						: Stream.empty());
		}
		if (mapping instanceof AbstractUrlHandlerMapping urls) {
			return urls.getHandlerMap().keySet().stream();
		}
		return Stream.empty();
	}

}
