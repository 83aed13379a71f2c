package sg.gov.tech.efforts.ops;

import sun.misc.Signal;


/**
 * Makes SIGTERM, the way orchestrators stop a container, end the process with status 0 once the graceful shutdown is
 * done: the JVM's own handler exits with 143, which orchestrators report as an error rather than a normal stop.
 */
public final class TerminationSignal {

	private TerminationSignal() {
	}

	/** Replaces the JVM's SIGTERM handler with an orderly {@code System.exit(0)} that still runs shutdown hooks. */
	public static void exitCleanlyOnTerm() {
		// System.exit runs Spring's shutdown hook, which waits for in-flight requests before the context closes
		Signal.handle(new Signal("TERM"), (signal) -> System.exit(0));
	}

}
