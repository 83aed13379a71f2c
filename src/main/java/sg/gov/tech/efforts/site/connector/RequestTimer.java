package sg.gov.tech.efforts.site.connector;

/**
 * Told of every request the public connector has answered, by either lane, with its status and how long it took:
 * operators' request metrics ({@code ops}), kept out of this package and cheap enough to run on every request.
 */
@FunctionalInterface
public interface RequestTimer {

	/** Times nothing: when no metrics are wanted. */
	RequestTimer NONE = (status, nanos) -> {
	};

	/**
	 * @param status the response's status code
	 * @param nanos the time from the connector handing the request over to the response being written
	 */
	void record(int status, long nanos);

}
