package sg.gov.tech.efforts.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One piece of feedback as it is kept: nothing about who sent it.
 *
 * @param page the path of the page it is about, or {@link #NOT_FOUND} for the page-not-found page
 * @param answer what was said
 * @param doing what the citizen was trying to do, personal details removed; empty for none
 * @param wrong what went wrong, personal details removed; empty for none
 * @param received when it arrived, to the minute
 */
record FeedbackEntry(String page, Answer answer, String doing, String wrong, Instant received) {

	/** What the page-not-found page's forms name as their page: no path a page can have (paths start with /). */
	static final String NOT_FOUND = "not-found";

	FeedbackEntry {
		received = received.truncatedTo(ChronoUnit.MINUTES);
	}

}
