package sg.gov.tech.efforts.feedback;

import java.nio.file.Path;

import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The feedback's data layer as Spring Boot configures it (DataSource, JdbcClient, Flyway) with the feedback's own
 * beans, on a database of the test's choosing: an embedded H2 file, or the PostgreSQL that {@code .ci/run} starts.
 */
final class FeedbackDatabases {

	/**
	 * The JDBC URL of a PostgreSQL database the tests may create schemas in (user and password in the URL), such as
	 * {@code jdbc:postgresql://127.0.0.1:15432/postgres?user=postgres}; {@code .ci/run} starts a throwaway cluster.
	 */
	static final String POSTGRES_URL = "FEEDBACK_POSTGRES_URL";

	private FeedbackDatabases() {
	}

	static ApplicationContextRunner runner(String url) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
					FlywayAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
			.withUserConfiguration(SettingsConfiguration.class, FeedbackConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.hikari.connection-timeout=2000");
	}

	/** The embedded database as the site keeps it by default: an H2 file in a folder. */
	static ApplicationContextRunner embedded(Path folder) {
		return runner("jdbc:h2:file:" + folder.toAbsolutePath() + "/feedback;DB_CLOSE_ON_EXIT=FALSE");
	}

	/**
	 * The PostgreSQL to test against. Without one a developer's run skips the test with a message; under
	 * {@code CI=true} (as {@code .ci/run} sets) a missing PostgreSQL fails it.
	 */
	static String postgresUrl() {
		String url = System.getenv(POSTGRES_URL);
		if (url != null && !url.isBlank()) {
			return url;
		}
		String message = "PostgreSQL tests need " + POSTGRES_URL + ", the JDBC URL of a database they may create "
				+ "schemas in (e.g. jdbc:postgresql://127.0.0.1:15432/postgres?user=postgres); .ci/run starts one";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message + ": under CI a missing PostgreSQL is a failure, not a skip");
		}
		System.err.println("SKIPPED: " + message);
		return abort(message);
	}

}
