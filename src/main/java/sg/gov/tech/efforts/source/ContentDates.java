package sg.gov.tech.efforts.source;

import java.time.Instant;

/**
 * When each content file last changed, the one date a page shows and sends: from the git history of the content
 * folder, from dates recorded when the application was built, or from the files' modification times.
 */
public interface ContentDates {

	/**
	 * @param name the file's name in the content root
	 * @param bytes its content, to tell an edit not yet committed from the committed version
	 * @return when the file last changed
	 */
	Instant of(String name, byte[] bytes);

	/** @return where the dates come from, for the log */
	String source();

	/** @return what the dates were read from (a git commit), so a file's stamp changes when they may have */
	default String version() {
		return "";
	}

	/** Reads the dates again if where they come from has moved (a new commit); called once per load. */
	default void refresh() {
	}

}
