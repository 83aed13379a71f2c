package sg.gov.tech.efforts.site.connector;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardEngine;
import org.apache.catalina.core.StandardService;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.settings.SettingsConfiguration;
import sg.gov.tech.efforts.site.PageWriter;
import sg.gov.tech.efforts.site.ServedPages;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The connector's adapter, as {@code site.http.fast-lane} and the context path make it: pages answered before the
 * container unless the fast lane is off, and every request timed either way.
 */
class FastLaneConfigurationTests {

	private final PageWriter writer = mock(PageWriter.class);

	private final List<Integer> timed = new ArrayList<>();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SettingsConfiguration.class, FastLaneConfiguration.class)
		.withBean(PageWriter.class, () -> this.writer)
		.withBean(ServedPages.class);

	@Test
	void aPageIsAnsweredByTheFastLaneByDefault() {
		this.runner.run((context) -> {
			given(this.writer.write(eq("/page/"), any())).willReturn(true);
			adapter(context).service(get("/page/"), new Response());
			assertThat(context.getBean(ServedPages.class).fastLane()).isOne();
		});
	}

	@Test
	void withTheFastLaneOffNoPageIsAnsweredBeforeTheContainer() {
		this.runner.withPropertyValues("site.http.fast-lane=false").run((context) -> {
			given(this.writer.write(any(), any())).willReturn(true);
			serviceIgnoringTheContainer(adapter(context), get("/page/"));
			verify(this.writer, never()).write(any(), any());
			assertThat(context.getBean(ServedPages.class).fastLane()).isZero();
		});
	}

	@Test
	void aPageUnderTheContextPathIsLookedUpWithoutIt() {
		this.runner.withPropertyValues("server.servlet.context-path=/site").run((context) -> {
			given(this.writer.write(eq("/page/"), any())).willReturn(true);
			adapter(context).service(get("/site/page/"), new Response());
			verify(this.writer).write(eq("/page/"), any());
		});
	}

	@Test
	void withTheFastLaneOffRequestsAreStillTimed() {
		this.runner.withPropertyValues("site.http.fast-lane=false")
			.withBean(RequestTimer.class, () -> (status, nanos) -> this.timed.add(status))
			.run((context) -> {
				serviceIgnoringTheContainer(adapter(context), get("/page/"));
				assertThat(this.timed).hasSize(1);
			});
	}

	/** The adapter the connector hands requests to once the customizer has had it, as Tomcat starts it. */
	private static Adapter adapter(AssertableApplicationContext context) throws Exception {
		assertThat(context).hasSingleBean(TomcatConnectorCustomizer.class);
		Connector connector = new Connector();
		connector.setPort(0);
		StandardService service = new StandardService();
		service.setContainer(new StandardEngine());
		service.addConnector(connector);
		context.getBean(TomcatConnectorCustomizer.class).customize(connector);
		connector.init();
		try {
			return connector.getProtocolHandler().getAdapter();
		}
		finally {
			connector.destroy();
		}
	}

	/** Tomcat's own adapter cannot serve outside a started server: only whether the page lane was asked matters. */
	private static void serviceIgnoringTheContainer(Adapter adapter, Request request) {
		try {
			adapter.service(request, new Response());
		}
		catch (Exception ex) {
			// the container's failure, after the fast lane has had its chance
		}
	}

	private static Request get(String uri) {
		Request request = new Request();
		request.method().setString("GET");
		request.requestURI().setString(uri);
		request.decodedURI().setString(uri);
		return request;
	}

}
