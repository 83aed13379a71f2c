package sg.gov.tech.efforts.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors (the content cannot be served) and warnings (it can, but an editor should look) of one load of the
 * content root, each naming its file and line.
 */
final class ValidationReport {

	private final List<ContentProblem> errors = new ArrayList<>();

	private final List<ContentProblem> warnings = new ArrayList<>();

	void error(String file, int line, String problem) {
		this.errors.add(new ContentProblem(file, line, problem));
	}

	void error(ContentException ex) {
		error(ex.file(), ex.line(), ex.problem());
	}

	void warn(String file, int line, String problem) {
		ContentProblem warning = new ContentProblem(file, line, problem);
		if (!this.warnings.contains(warning)) {
			this.warnings.add(warning);
		}
	}

	List<ContentProblem> errors() {
		return List.copyOf(this.errors);
	}

	List<ContentProblem> warnings() {
		return List.copyOf(this.warnings);
	}

	/**
	 * Stops a load that found errors: the exception names the first error and lists the others after it.
	 * @throws ContentException when there is at least one error
	 */
	void throwIfErrors() {
		if (this.errors.isEmpty()) {
			return;
		}
		ContentProblem first = this.errors.get(0);
		StringBuilder problem = new StringBuilder(first.problem());
		if (this.errors.size() > 1) {
			problem.append(" (and ").append(this.errors.size() - 1).append(" more: ");
			problem.append(String.join("; ", this.errors.subList(1, this.errors.size()).stream()
				.map(ContentProblem::toString).toList()));
			problem.append(')');
		}
		throw new ContentException(first.file(), first.line(), problem.toString());
	}

}
