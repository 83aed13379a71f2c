package sg.gov.tech.efforts.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How citizens' feedback is taken and kept.
 *
 * @param directory the folder of the embedded H2 database file ({@code feedback.mv.db}) when
 * {@code spring.datasource.url} names no other database: an absolute path or one starting with {@code ./}; it must
 * be writable (in the container, a volume at {@code /data}); env {@code SITE_FEEDBACK_DIRECTORY}
 * @param maxLength how many characters of each written answer are kept ("what were you trying to do", "what went
 * wrong"); the forms say so and stop typing there
 * @param submissionsPerMinute how many submissions one client address may make in a minute before it is answered
 * 429; counted in this replica's memory only; env {@code SITE_FEEDBACK_SUBMISSIONSPERMINUTE}
 * @param clientsRemembered how many client addresses the limit keeps count of at once; the least recently seen is
 * forgotten first, so the memory it takes stays bounded whatever the traffic
 * @param retryAfter after the database has failed, how long submissions are answered 503 at once before it is tried
 * again, so an unreachable database never holds request threads
 */
@ConfigurationProperties("site.feedback")
public record FeedbackProperties(@DefaultValue("./data") String directory, @DefaultValue("1200") int maxLength,
		@DefaultValue("10") int submissionsPerMinute, @DefaultValue("10000") int clientsRemembered,
		@DefaultValue("15s") Duration retryAfter) {

	/** The defaults, for tests that build the feedback's parts by hand. */
	static FeedbackProperties defaults() {
		return new FeedbackProperties("./data", 1200, 10, 10000, Duration.ofSeconds(15));
	}

}
