package sg.gov.tech.efforts.content;

import java.util.concurrent.atomic.LongAdder;

/**
 * How the content's reloads have gone since startup, for operators' metrics: how many were served and how many
 * rejected (the current site kept), and the time each took. The load at startup is none of them.
 */
public final class ContentReloads {

	private final Tally served = new Tally();

	private final Tally rejected = new Tally();

	/** @return the reloads whose content is now served, or was until a later one */
	public Tally served() {
		return this.served;
	}

	/** @return the reloads that were rejected: invalid content (in strict mode) or a failed listener */
	public Tally rejected() {
		return this.rejected;
	}

	void record(boolean served, long nanos) {
		(served ? this.served : this.rejected).add(nanos);
	}

	/** Reloads of one outcome: how many, and the time they took in all. */
	public static final class Tally {

		private final LongAdder count = new LongAdder();

		private final LongAdder nanos = new LongAdder();

		private void add(long nanos) {
			this.count.increment();
			this.nanos.add(nanos);
		}

		/** @return how many reloads */
		public long count() {
			return this.count.sum();
		}

		/** @return the time they took, in all */
		public long nanos() {
			return this.nanos.sum();
		}

	}

}
