package sg.gov.tech.efforts.feedback;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feedback as operators' meters: {@code site_feedback_total{answer}} counts what was saved, by answer;
 * {@code site_feedback_refused_total{reason}} what was not (another site's form, too many from one address, the
 * honeypot filled in, a page the site does not publish or an unknown answer, the database unavailable).
 */
final class FeedbackMetrics {

	private final Map<Answer, Counter> saved = new EnumMap<>(Answer.class);

	private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);

	FeedbackMetrics(MeterRegistry registry) {
		for (Answer answer : Answer.values()) {
			this.saved.put(answer, Counter.builder("site.feedback")
				.description("Feedback saved since startup, by answer: yes, no (is this page useful?) or problem")
				.tag("answer", answer.value())
				.register(registry));
		}
		for (Refusal reason : Refusal.values()) {
			this.refused.put(reason, Counter.builder("site.feedback.refused")
				.description("Feedback submissions not saved since startup, by reason")
				.tag("reason", reason.tag())
				.register(registry));
		}
	}

	void saved(Answer answer) {
		this.saved.get(answer).increment();
	}

	void refused(Refusal reason) {
		this.refused.get(reason).increment();
	}

}
