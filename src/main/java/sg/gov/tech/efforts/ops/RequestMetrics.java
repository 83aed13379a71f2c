package sg.gov.tech.efforts.ops;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import sg.gov.tech.efforts.site.connector.RequestTimer;

import org.springframework.stereotype.Component;

/**
 * Every request on the public port, by status: one Micrometer timer per status code, {@code site_http_requests_seconds}
 * in Prometheus text (count, total and longest time, and a histogram). The connector calls this on every request, so
 * each status's timer is registered on its first request and then found by index: no tags or names are built per
 * request.
 */
@Component
class RequestMetrics implements RequestTimer {

	static final String NAME = "site.http.requests";

	/**
	 * The histogram's bucket bounds: a page from memory takes well under a millisecond, a search a few; a dozen
	 * buckets keep each status's series short (Boot's {@code management.metrics.distribution.slo} can replace them).
	 */
	private static final Duration[] BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
			Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
			Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
			Duration.ofSeconds(10) };

	/** Statuses outside 100 to 599 share index 0, tagged "other". */
	private static final int STATUSES = 600;

	private final MeterRegistry registry;

	private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(STATUSES);

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void record(int status, long nanos) {
		int index = (status >= 100 && status < STATUSES) ? status : 0;
		Timer timer = this.timers.get(index);
		if (timer == null) {
			timer = register(index);
		}
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	private Timer register(int index) {
		// two threads may get here for one status: the registry hands both the same timer
		Timer timer = Timer.builder(NAME)
			.description("Requests answered on the public port, by status")
			.tag("status", (index != 0) ? String.valueOf(index) : "other")
			.serviceLevelObjectives(BUCKETS)
			.register(this.registry);
		this.timers.set(index, timer);
		return timer;
	}

}
