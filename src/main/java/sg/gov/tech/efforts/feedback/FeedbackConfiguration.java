package sg.gov.tech.efforts.feedback;

import java.time.Clock;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The parts of citizens' feedback: where it is kept, what guards the forms, and its meters. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	/** Bounds PostgreSQL's waits (static: a post-processor is made before other beans). */
	@Bean
	static PostgresTimeouts feedbackPostgresTimeouts() {
		return new PostgresTimeouts();
	}

	/** Spring Boot's Flyway takes this as its migration strategy: the schema is migrated on first use instead. */
	@Bean
	DeferredMigration feedbackMigration() {
		return new DeferredMigration();
	}

	@Bean
	FeedbackStore feedbackStore(JdbcClient jdbc, DeferredMigration migration, SiteProperties properties,
			Clock clock) {
		return new FeedbackStore(jdbc, migration, properties.getFeedback().getRetryAfter(), clock);
	}

	/** {@code /actuator/feedback}, exposed on the management port only (application.properties). */
	@Bean
	FeedbackExport feedbackExport(FeedbackStore store) {
		return new FeedbackExport(store);
	}

	@Bean
	SubmissionLimiter feedbackLimiter(SiteProperties properties) {
		SiteProperties.Feedback feedback = properties.getFeedback();
		return new SubmissionLimiter(feedback.getSubmissionsPerMinute(), feedback.getClientsRemembered());
	}

	@Bean
	SameOrigin feedbackOrigin(SiteProperties properties) {
		return new SameOrigin(properties.getBaseUrl());
	}

	@Bean
	FeedbackMetrics feedbackMetrics(ObjectProvider<MeterRegistry> registry) {
		return new FeedbackMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * Once the site serves, the schema is brought up to date in the background, so the first answer does not wait
	 * for it and a database that cannot be reached is in the log at once; nothing waits for it.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> feedbackStorePreparation(FeedbackStore store,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
		return (event) -> executor.execute(store::prepare);
	}

}
