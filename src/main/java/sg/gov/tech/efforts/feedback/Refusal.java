package sg.gov.tech.efforts.feedback;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/** Why a submission was not saved, with the status and the plain words its visitor gets. */
enum Refusal {

	/** The form was posted from another site's page. */
	ORIGIN(HttpStatus.FORBIDDEN, "This form was sent from another website",
			"We take feedback only from the forms on this site's own pages. Please go to the page and use the form "
					+ "at its foot."),

	/** Too many submissions from one client address in a minute. */
	RATE(HttpStatus.TOO_MANY_REQUESTS, "Too many answers in a short time",
			"We have had many answers from your network in the last minute. Please wait a minute, then try again."),

	/** The honeypot was filled in: thanked as anyone, never saved (so never shown). */
	HONEYPOT(HttpStatus.SEE_OTHER, "", ""),

	/** The form named no page the site publishes, or an answer the forms do not offer. */
	INVALID(HttpStatus.BAD_REQUEST, "We could not take this feedback",
			"The form did not name a page of this site. Please go back to the page and try again."),

	/** The database could not save it. */
	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Sorry, we could not save your answer",
			"We could not save your answer; please try again later.");

	private final HttpStatus status;

	private final String heading;

	private final String message;

	Refusal(HttpStatus status, String heading, String message) {
		this.status = status;
		this.heading = heading;
		this.message = message;
	}

	HttpStatus status() {
		return this.status;
	}

	String heading() {
		return this.heading;
	}

	String message() {
		return this.message;
	}

	/** @return the reason as a metric's tag: {@code origin}, {@code rate}, ... */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
