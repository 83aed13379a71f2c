package sg.gov.tech.efforts.source;

import java.time.Instant;
import java.util.function.Function;

/**
 * Dates from the files' own modification times, where no better record exists.
 * @param times each file's modification time
 * @param source where they come from, for the log
 */
record FileTimes(Function<String, Instant> times, String source) implements ContentDates {

	@Override
	public Instant of(String name, byte[] bytes) {
		return this.times.apply(name);
	}

}
