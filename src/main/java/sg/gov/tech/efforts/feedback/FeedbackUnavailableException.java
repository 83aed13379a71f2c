package sg.gov.tech.efforts.feedback;

/** The feedback could not be saved or read: the database is down, unreachable or refusing; the visitor gets a 503. */
class FeedbackUnavailableException extends RuntimeException {

	FeedbackUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
