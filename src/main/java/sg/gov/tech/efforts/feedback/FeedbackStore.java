package sg.gov.tech.efforts.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where feedback is kept: one table ({@code db/migration}), written and read through JDBC. The site's pages never
 * wait on it. The schema is brought up to date on first use; after a failure the database is left alone for
 * {@code site.feedback.retry-after}, every call failing at once meanwhile, so a database that is down costs requests
 * no time and is not hammered; and only one call at a time reaches it, the others giving up after
 * {@link #QUEUE_WAIT}, so even a hung database holds one thread, for at most the driver's timeouts. Times are stored in UTC, to the minute.
 */
class FeedbackStore {

	private static final Log logger = LogFactory.getLog(FeedbackStore.class);

	private final JdbcClient jdbc;

	private final DeferredMigration migration;

	private final Duration retryAfter;

	private final InstantSource clock;

	/**
	 * How long a call waits for the one before it to finish before it gives up: a healthy database answers in
	 * milliseconds. One call at a time: threads never queue inside the pool or the migration, where a hung database
	 * would keep each one for the driver's timeouts in turn.
	 */
	static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

	private final Semaphore calls = new Semaphore(1);

	/** Until when calls fail without trying the database; {@link Instant#MIN} while it works. */
	private volatile Instant downUntil = Instant.MIN;

	FeedbackStore(JdbcClient jdbc, DeferredMigration migration, Duration retryAfter, InstantSource clock) {
		this.jdbc = jdbc;
		this.migration = migration;
		this.retryAfter = retryAfter;
		this.clock = clock;
	}

	/**
	 * @param entry the feedback to keep
	 * @throws FeedbackUnavailableException when it could not be saved
	 */
	void save(FeedbackEntry entry) {
		call(() -> this.jdbc
			.sql("INSERT INTO feedback (page, answer, doing, wrong, received_at) "
					+ "VALUES (:page, :answer, :doing, :wrong, :received)")
			.param("page", entry.page())
			.param("answer", entry.answer().value())
			.param("doing", entry.doing())
			.param("wrong", entry.wrong())
			.param("received", utc(entry.received()))
			.update());
	}

	/**
	 * @param since the earliest time wanted
	 * @return every entry received since then, oldest first
	 * @throws FeedbackUnavailableException when they could not be read
	 */
	List<FeedbackEntry> entries(Instant since) {
		return call(() -> this.jdbc
			.sql("SELECT page, answer, doing, wrong, received_at FROM feedback WHERE received_at >= :since "
					+ "ORDER BY received_at, id")
			.param("since", utc(since))
			.query((row, number) -> new FeedbackEntry(row.getString(1), Answer.of(row.getString(2)),
					row.getString(3), row.getString(4),
					row.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
			.list());
	}

	/**
	 * @param since the earliest time counted
	 * @return each page's counts since then, the pages with most "no" answers first, then by path
	 * @throws FeedbackUnavailableException when they could not be read
	 */
	List<PageSummary> summary(Instant since) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		call(() -> {
			this.jdbc
				.sql("SELECT page, answer, COUNT(*) FROM feedback WHERE received_at >= :since GROUP BY page, answer")
				.param("since", utc(since))
				.query((row) -> {
					long[] perAnswer = counts.computeIfAbsent(row.getString(1), (page) -> new long[3]);
					perAnswer[Answer.of(row.getString(2)).ordinal()] += row.getLong(3);
				});
			return counts;
		});
		List<PageSummary> pages = new ArrayList<>();
		counts.forEach((page, perAnswer) -> pages.add(new PageSummary(page, perAnswer[Answer.YES.ordinal()],
				perAnswer[Answer.NO.ordinal()], perAnswer[Answer.PROBLEM.ordinal()])));
		pages.sort(Comparator.comparingLong(PageSummary::no).reversed().thenComparing(PageSummary::page));
		return pages;
	}

	/**
	 * Brings the schema up to date now, so the first visitor to answer does not wait for it; a failure is logged and
	 * tried again when feedback next arrives.
	 * @return whether the database is ready
	 */
	boolean prepare() {
		try {
			call(() -> this.jdbc.sql("SELECT COUNT(*) FROM feedback").query(Long.class).single());
			return true;
		}
		catch (FeedbackUnavailableException ex) {
			return false;
		}
	}

	private <T> T call(Supplier<T> work) {
		if (!acquire()) {
			throw new FeedbackUnavailableException("the feedback database is busy or hanging", null);
		}
		try {
			Instant now = this.clock.instant();
			Instant until = this.downUntil;
			if (now.isBefore(until)) {
				throw new FeedbackUnavailableException("the feedback database failed moments ago", null);
			}
			return attempt(work, now, until);
		}
		finally {
			this.calls.release();
		}
	}

	private <T> T attempt(Supplier<T> work, Instant now, Instant until) {
		try {
			this.migration.ensureMigrated();
			T result = work.get();
			if (until != Instant.MIN) {
				this.downUntil = Instant.MIN;
				logger.info("The feedback database answers again");
			}
			return result;
		}
		catch (RuntimeException ex) {
			// anything from the driver, the pool or Flyway: the database could not do it
			if (until == Instant.MIN) {
				logger.warn("Feedback cannot be saved or read, the forms answer 503 until the database answers: "
						+ ex.getMessage());
			}
			this.downUntil = now.plus(this.retryAfter);
			throw new FeedbackUnavailableException("the feedback database failed", ex);
		}
	}

	private boolean acquire() {
		try {
			return this.calls.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
