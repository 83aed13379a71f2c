package sg.gov.tech.efforts.feedback;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the feedback store does on any database it supports: the embedded H2 file ({@link EmbeddedFeedbackStoreTests})
 * and PostgreSQL ({@link PostgresFeedbackStoreTests}), each through Spring Boot's DataSource and Flyway.
 */
abstract class FeedbackStoreContract {

	static final String PAGE = "/about-us/";

	static final String AREA = "/about-us/digital-identity/";

	/** @return the data layer on a fresh, empty database */
	abstract ApplicationContextRunner runner();

	@Test
	void nothingIsCreatedUntilTheStoreIsFirstUsed() {
		runner().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tables(context.getBean(JdbcClient.class))).doesNotContain("feedback");
			context.getBean(FeedbackStore.class).save(entry(PAGE, Answer.YES, "2026-12-01T08:00:00Z"));
			assertThat(tables(context.getBean(JdbcClient.class))).contains("feedback", "flyway_schema_history");
		});
	}

	@Test
	void entriesAreReadBackOldestFirstToTheMinute() {
		runner().run((context) -> {
			FeedbackStore store = context.getBean(FeedbackStore.class);
			store.save(new FeedbackEntry(AREA, Answer.PROBLEM, "Renew my passport", "The link [removed] broke",
					Instant.parse("2026-12-01T09:30:59.999Z")));
			store.save(entry(PAGE, Answer.NO, "2026-12-01T08:15:10Z"));
			assertThat(store.entries(Instant.EPOCH)).containsExactly(
					new FeedbackEntry(PAGE, Answer.NO, "", "", Instant.parse("2026-12-01T08:15:00Z")),
					new FeedbackEntry(AREA, Answer.PROBLEM, "Renew my passport", "The link [removed] broke",
							Instant.parse("2026-12-01T09:30:00Z")));
		});
	}

	@Test
	void entriesBeforeTheDayAskedForAreLeftOut() {
		runner().run((context) -> {
			FeedbackStore store = context.getBean(FeedbackStore.class);
			// 1 December in Singapore starts at 16:00 UTC on 30 November
			store.save(entry(PAGE, Answer.YES, "2026-11-30T15:59:00Z"));
			store.save(entry(PAGE, Answer.NO, "2026-11-30T16:00:00Z"));
			assertThat(store.entries(FeedbackExport.since("2026-12-01"))).extracting(FeedbackEntry::answer)
				.containsExactly(Answer.NO);
		});
	}

	@Test
	void theSummaryCountsEachPagesAnswersMostNoFirst() {
		runner().run((context) -> {
			FeedbackStore store = context.getBean(FeedbackStore.class);
			for (Answer answer : List.of(Answer.YES, Answer.YES, Answer.NO, Answer.PROBLEM)) {
				store.save(entry(PAGE, answer, "2026-12-01T08:00:00Z"));
			}
			store.save(entry(AREA, Answer.NO, "2026-12-01T08:00:00Z"));
			store.save(entry(AREA, Answer.NO, "2026-12-01T08:00:00Z"));
			store.save(entry(AREA, Answer.YES, "2026-11-01T08:00:00Z"));
			assertThat(store.summary(Instant.EPOCH)).containsExactly(new PageSummary(AREA, 1, 2, 0),
					new PageSummary(PAGE, 2, 1, 1));
			assertThat(store.summary(FeedbackExport.since("2026-11-15")))
				.containsExactly(new PageSummary(AREA, 0, 2, 0), new PageSummary(PAGE, 2, 1, 1));
		});
	}

	@Test
	void textInEveryScriptAndAtItsLongestIsKeptAsWritten() {
		runner().run((context) -> {
			FeedbackStore store = context.getBean(FeedbackStore.class);
			String languages = "新加坡 · சிங்கப்பூர் · Singapura · 😀 \"quoted\", with commas\nand a second line";
			// the most a 1,200-character answer can become: six-character details each made [removed]
			String longest = Redaction.REMOVED.repeat(1200 / 6);
			store.save(new FeedbackEntry(PAGE, Answer.PROBLEM, languages, longest,
					Instant.parse("2026-12-01T08:00:00Z")));
			FeedbackEntry read = store.entries(Instant.EPOCH).get(0);
			assertThat(read.doing()).isEqualTo(languages);
			assertThat(read.wrong()).isEqualTo(longest);
		});
	}

	@Test
	void aSecondStartFindsTheSchemaInPlace() {
		runner().run((context) -> context.getBean(FeedbackStore.class)
			.save(entry(PAGE, Answer.YES, "2026-12-01T08:00:00Z")));
		runner().run((context) -> {
			FeedbackStore store = context.getBean(FeedbackStore.class);
			store.save(entry(PAGE, Answer.NO, "2026-12-01T08:01:00Z"));
			assertThat(store.entries(Instant.EPOCH)).extracting(FeedbackEntry::answer)
				.containsExactly(Answer.YES, Answer.NO);
		});
	}

	static FeedbackEntry entry(String page, Answer answer, String received) {
		return new FeedbackEntry(page, answer, "", "", Instant.parse(received));
	}

	/** The current schema's tables, lower case. */
	private static List<String> tables(JdbcClient jdbc) {
		return jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = "
				+ "LOWER(CURRENT_SCHEMA)").query(String.class).list();
	}

}
