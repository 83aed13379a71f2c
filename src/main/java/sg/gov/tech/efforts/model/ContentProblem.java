package sg.gov.tech.efforts.model;

/**
 * Something an editor should fix, found while loading the content.
 *
 * @param file the file's name relative to the content root
 * @param line the 1-based line in that file
 * @param problem what is wrong and how to fix it
 */
public record ContentProblem(String file, int line, String problem) {

	@Override
	public String toString() {
		return this.file + ", line " + this.line + ": " + this.problem;
	}

}
