package sg.gov.tech.efforts.feedback;

import java.util.Locale;
import java.util.Optional;

/** What a citizen said about a page: useful, not useful, or a report of a problem. */
enum Answer {

	YES, NO, PROBLEM;

	/** @return the answer as it is stored, exported and counted: {@code yes}, {@code no} or {@code problem} */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param value what the "Is this page useful?" form sent
	 * @return {@link #YES} or {@link #NO}; empty for anything else
	 */
	static Optional<Answer> useful(String value) {
		if ("yes".equals(value)) {
			return Optional.of(YES);
		}
		return "no".equals(value) ? Optional.of(NO) : Optional.empty();
	}

	static Answer of(String stored) {
		return valueOf(stored.toUpperCase(Locale.ROOT));
	}

}
