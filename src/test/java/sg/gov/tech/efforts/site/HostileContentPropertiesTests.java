package sg.gov.tech.efforts.site;

import java.util.Iterator;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import sg.gov.tech.efforts.EffortsApplication;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.HostileValues;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values generated for an Isomer repository's navigation, footer, homepage sections and front matter (and
 * shared through YAML anchors and aliases), served by the running application through the whole pipeline: after each
 * change the site still loads, no URL it publishes answers 5xx, and no address in any page or stylesheet has a scheme
 * outside the allowlist. One application serves every try; each try rewrites the files and reloads.
 */
class HostileContentPropertiesTests {

	private static ContentFolder folder;

	private static ConfigurableApplicationContext application;

	@BeforeContainer
	static void start() {
		folder = new ContentFolder();
		new HostileRepository().writeTo(folder);
		// Arguments, not default properties: application.properties would win over those and bind port 8081.
		application = new SpringApplicationBuilder(EffortsApplication.class).run("--server.port=0",
				"--management.server.port=0", "--server.address=127.0.0.1", "--site.content.watch=false",
				"--site.content.location=" + folder.root(), "--spring.main.banner-mode=off",
				"--logging.level.sg.gov.tech.efforts=ERROR");
	}

	@AfterContainer
	static void stop() {
		application.close();
		folder.delete();
	}

	@Property(tries = 120)
	void aSiteWithHostileValuesEverywhereStillLoadsAndServesNothingExecutable(
			@ForAll @Size(16) List<@From("values") String> values) {
		Iterator<String> next = values.iterator();
		servesSafely(new HostileRepository().navigation(next.next(), next.next(), next.next(), next.next())
			.footer(next.next(), next.next(), next.next(), next.next())
			.homepage(next.next(), next.next(), next.next(), next.next())
			.page(next.next(), next.next(), next.next(), values.get(0))
			.post(values.get(1), values.get(2), values.get(3)));
	}

	@Provide
	Arbitrary<String> values() {
		return HostileValues.anything();
	}

	private static void servesSafely(HostileRepository repository) {
		repository.writeTo(folder);
		CurrentSite content = application.getBean(CurrentSite.class);
		assertThat(content.reload()).as("the site loads").isTrue();
		int port = ((WebServerApplicationContext) application).getWebServer().getPort();
		List<PublishedUrls.Answer> answers = PublishedUrls.fetchAll(port, content.site());
		assertThat(answers).filteredOn((answer) -> answer.target().equals("/")).singleElement()
			.satisfies((home) -> assertThat(home.status()).isEqualTo(200));
		for (PublishedUrls.Answer answer : answers) {
			assertThat(answer.status()).as("GET %s", answer.target()).isLessThan(500);
			List<String> executable = answer.contentType().startsWith("text/css")
					? ExecutableAddresses.inCss(answer.body()) : ExecutableAddresses.inHtml(answer.body());
			assertThat(executable).as("GET %s", answer.target()).isEmpty();
		}
	}

}
