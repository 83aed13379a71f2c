package sg.gov.tech.efforts.feedback;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where feedback is kept, as {@code spring.datasource.*} chooses: PostgreSQL with bounded waits, or an embedded
 * database, and in either case nothing connects or migrates while the application starts.
 */
class FeedbackConfigurationTests {

	private static final String POSTGRES = "jdbc:postgresql://feedback-db.invalid:5432/feedback";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
		.withUserConfiguration(SettingsConfiguration.class, FeedbackConfiguration.class);

	@Test
	void aPostgresPoolGetsBoundsOnEveryWait() {
		this.runner.withPropertyValues("spring.datasource.url=" + POSTGRES)
			.run((context) -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
				.containsEntry("connectTimeout", "2")
				.containsEntry("loginTimeout", "3")
				.containsEntry("socketTimeout", "10"));
	}

	@Test
	void aWaitWrittenInThePostgresUrlWins() {
		this.runner.withPropertyValues("spring.datasource.url=" + POSTGRES + "?socketTimeout=60")
			.run((context) -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
				.doesNotContainKey("socketTimeout")
				.containsEntry("connectTimeout", "2"));
	}

	@Test
	void aWaitSetAsADataSourcePropertyWins() {
		this.runner
			.withPropertyValues("spring.datasource.url=" + POSTGRES,
					"spring.datasource.hikari.data-source-properties.loginTimeout=30")
			.run((context) -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
				.containsEntry("loginTimeout", "30"));
	}

	@Test
	void anEmbeddedDatabaseGetsNoPostgresSettings() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:embedded-feedback")
			.run((context) -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties()).isEmpty());
	}

	@Test
	void anUnreachableDatabaseDoesNotStopTheStart() {
		this.runner.withPropertyValues("spring.datasource.url=" + POSTGRES)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(FeedbackStore.class));
	}

	@Test
	void theSchemaIsNotMigratedWhileTheApplicationStarts() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:unmigrated-feedback;DB_CLOSE_DELAY=-1")
			.run((context) -> assertThat(context.getBean(JdbcClient.class)
				.sql("select count(*) from information_schema.tables where lower(table_name) = 'flyway_schema_history'")
				.query(Integer.class)
				.single()).isZero());
	}

	@Test
	void theSchemaIsMigratedOnTheStoresFirstUse() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:migrated-feedback;DB_CLOSE_DELAY=-1")
			.run((context) -> {
				context.getBean(DeferredMigration.class).ensureMigrated();
				assertThat(context.getBean(JdbcClient.class)
					.sql("select count(*) from information_schema.tables where lower(table_name) = 'flyway_schema_history'")
					.query(Integer.class)
					.single()).isOne();
			});
	}

}
