package sg.gov.tech.efforts.feedback;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ten submissions a minute from one address; the eleventh waits, other addresses do not. */
class SubmissionLimiterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final SubmissionLimiter limiter = new SubmissionLimiter(10, 3, new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return SubmissionLimiterTests.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	});

	@Test
	void tenSubmissionsInAMinuteAreAllowed() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.limiter.refuse("203.0.113.7")).as("submission " + (i + 1)).isEmpty();
		}
	}

	@Test
	void theEleventhIsRefusedWithTheWaitForTheNext() {
		submit("203.0.113.7", 10);
		assertThat(this.limiter.refuse("203.0.113.7")).hasValue(Duration.ofSeconds(6));
	}

	@Test
	void anotherAddressHasItsOwnCount() {
		submit("203.0.113.7", 10);
		assertThat(this.limiter.refuse("203.0.113.8")).isEmpty();
	}

	@Test
	void aMinuteLaterTheAddressMaySubmitAgain() {
		submit("203.0.113.7", 10);
		this.nanos.addAndGet(Duration.ofSeconds(6).toNanos());
		assertThat(this.limiter.refuse("203.0.113.7")).as("one more after a tenth of a minute").isEmpty();
		assertThat(this.limiter.refuse("203.0.113.7")).isPresent();
		this.nanos.addAndGet(Duration.ofMinutes(1).toNanos());
		submit("203.0.113.7", 10);
	}

	@Test
	void theLeastRecentlySeenAddressIsForgottenBeyondTheLimit() {
		submit("203.0.113.1", 10);
		submit("203.0.113.2", 1);
		submit("203.0.113.3", 1);
		submit("203.0.113.4", 1);
		assertThat(this.limiter.refuse("203.0.113.1")).as("forgotten, so counted afresh").isEmpty();
	}

	private void submit(String client, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(this.limiter.refuse(client)).as(client + " submission " + (i + 1)).isEmpty();
		}
	}

}
