package sg.gov.tech.efforts.feedback;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A database that is down, refusing or hung never stops the site's start, never holds a request for long, and is left
 * alone for a while after it fails.
 */
class FeedbackOutageTests {

	private static final FeedbackEntry ENTRY = new FeedbackEntry("/about-us/", Answer.YES, "", "",
			Instant.parse("2026-12-01T08:00:00Z"));

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));

	private final InstantSource clock = this.now::get;

	@Test
	void theSiteStartsWithoutTouchingAnUnreachableDatabase() throws IOException {
		FeedbackDatabases.runner("jdbc:postgresql://127.0.0.1:" + closedPort() + "/feedback").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(HikariDataSource.class).isRunning()).as("no pool, so no connection yet")
				.isFalse();
		});
	}

	@Test
	void aFailedSaveIsReportedAsUnavailable() {
		AtomicInteger connections = new AtomicInteger();
		FeedbackStore store = store(refusing(connections));
		assertThatExceptionOfType(FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY))
			.withCauseInstanceOf(RuntimeException.class);
		assertThat(connections).hasValue(1);
	}

	@Test
	void afterAFailureTheDatabaseIsLeftAloneUntilRetryAfterHasPassed() {
		AtomicInteger connections = new AtomicInteger();
		FeedbackStore store = store(refusing(connections));
		assertThatExceptionOfType(FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY));
		this.now.set(this.now.get().plusSeconds(14));
		assertThatExceptionOfType(FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY))
			.withNoCause();
		assertThat(connections).as("not tried again within 15 s").hasValue(1);
		this.now.set(this.now.get().plusSeconds(1));
		assertThatExceptionOfType(FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY));
		assertThat(connections).as("tried again after 15 s").hasValue(2);
	}

	@Test
	void prepareReportsWhetherTheDatabaseIsReady() {
		assertThat(store(refusing(new AtomicInteger())).prepare()).isFalse();
	}

	@Test
	void whileOneCallWaitsOnAHungDatabaseTheNextGivesUpInsteadOfQueueing() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch entered = new CountDownLatch(1);
		FeedbackStore store = store(new AbstractDataSource() {

			@Override
			public Connection getConnection() {
				entered.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("hung, then gone");
			}

			@Override
			public Connection getConnection(String username, String password) {
				return getConnection();
			}

		});
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> store.save(ENTRY));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			assertThatExceptionOfType(FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY))
				.withMessageContaining("busy");
		}
		finally {
			release.countDown();
		}
		assertThat(first).failsWithin(Duration.ofSeconds(10));
	}

	@Test
	void postgresWaitsAreBoundedUnlessTheUrlSetsItsOwn() {
		FeedbackDatabases.runner("jdbc:postgresql://127.0.0.1:5/feedback?socketTimeout=30").run((context) -> {
			HikariDataSource pool = context.getBean(HikariDataSource.class);
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2")
				.containsEntry("loginTimeout", "3")
				.doesNotContainKey("socketTimeout");
		});
	}

	@Test
	void aDatabaseThatAcceptsButNeverAnswersDoesNotHoldTheCallerForever() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			FeedbackDatabases.runner("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/feedback")
				.run((context) -> {
					FeedbackStore store = context.getBean(FeedbackStore.class);
					// a guard against hanging, not a measurement: the driver's bounds are seconds
					assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatExceptionOfType(
							FeedbackUnavailableException.class).isThrownBy(() -> store.save(ENTRY)));
				});
		}
	}

	private FeedbackStore store(DataSource dataSource) {
		return new FeedbackStore(JdbcClient.create(dataSource), new DeferredMigration(), Duration.ofSeconds(15),
				this.clock);
	}

	private static DataSource refusing(AtomicInteger connections) {
		return new AbstractDataSource() {

			@Override
			public Connection getConnection() {
				connections.incrementAndGet();
				throw new IllegalStateException("Connection refused");
			}

			@Override
			public Connection getConnection(String username, String password) {
				return getConnection();
			}

		};
	}

	/** A loopback port nothing listens on. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
