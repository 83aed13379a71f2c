package sg.gov.tech.efforts.model;

/**
 * A content file that cannot be served: names the file, the 1-based line and the problem, so an editor can fix it
 * without reading a stack trace.
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	private final String problem;

	public ContentException(String file, int line, String problem) {
		this(file, line, problem, null);
	}

	public ContentException(String file, int line, String problem, Throwable cause) {
		super(file + ":" + line + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.problem = problem;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	public String problem() {
		return this.problem;
	}

}
