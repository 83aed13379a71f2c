package sg.gov.tech.efforts.feedback;

import java.time.Duration;

/**
 * A submission that is not saved, answered with a page saying why in plain words.
 *
 * @see FeedbackController
 */
class FeedbackRefusedException extends RuntimeException {

	private final Refusal reason;

	private final Duration retryAfter;

	FeedbackRefusedException(Refusal reason, Duration retryAfter) {
		super(reason.name(), null, false, false);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	FeedbackRefusedException(Refusal reason) {
		this(reason, Duration.ZERO);
	}

	Refusal reason() {
		return this.reason;
	}

	/** @return how long the visitor should wait before trying again; zero when waiting would not help */
	Duration retryAfter() {
		return this.retryAfter;
	}

}
