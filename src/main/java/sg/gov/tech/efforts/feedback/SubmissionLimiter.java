package sg.gov.tech.efforts.feedback;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code site.feedback.submissions-per-minute} submissions a minute from one client address: a Bucket4j
 * token bucket per address, refilled gradually. Held in this replica's memory only (each replica counts its own), for
 * at most {@code site.feedback.clients-remembered} addresses, the least recently seen forgotten first.
 */
final class SubmissionLimiter {

	private final int perMinute;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets;

	SubmissionLimiter(int perMinute, int clientsRemembered) {
		this(perMinute, clientsRemembered, TimeMeter.SYSTEM_NANOTIME);
	}

	SubmissionLimiter(int perMinute, int clientsRemembered, TimeMeter time) {
		this.perMinute = perMinute;
		this.time = time;
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > clientsRemembered;
			}

		};
	}

	/**
	 * Counts a submission from a client, unless it has used up its minute's.
	 * @param client the client's address
	 * @return empty when the submission may go ahead; else how long until the client may submit again
	 */
	Optional<Duration> refuse(String client) {
		Bucket bucket;
		synchronized (this.buckets) {
			bucket = this.buckets.computeIfAbsent(client, (address) -> newBucket());
		}
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
