package sg.gov.tech.efforts.feedback;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The feedback store on a real PostgreSQL ({@code FEEDBACK_POSTGRES_URL}, which {@code .ci/run} sets), each test in a
 * schema of its own that Flyway creates and the test drops.
 */
class PostgresFeedbackStoreTests extends FeedbackStoreContract {

	private String url;

	private String schema;

	@BeforeEach
	void schema() {
		this.url = FeedbackDatabases.postgresUrl();
		this.schema = "feedback_test_" + UUID.randomUUID().toString().replace("-", "");
	}

	@AfterEach
	void dropSchema() {
		if (this.schema != null) {
			SingleConnectionDataSource admin = new SingleConnectionDataSource(this.url, true);
			try {
				JdbcClient.create(admin).sql("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE").update();
			}
			finally {
				admin.destroy();
			}
		}
	}

	@Override
	ApplicationContextRunner runner() {
		String separator = this.url.contains("?") ? "&" : "?";
		return FeedbackDatabases.runner(this.url + separator + "currentSchema=" + this.schema)
			.withPropertyValues("spring.flyway.default-schema=" + this.schema);
	}

}
