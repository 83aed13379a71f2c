package sg.gov.tech.efforts.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors (the content cannot be served) and warnings (it can, but an editor should look) of one load of the
 * content root, each naming its file and line, listed in file and line order.
 */
final class ValidationReport {

	private static final Comparator<ContentProblem> READING_ORDER = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line);

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
		return this.errors.stream().sorted(READING_ORDER).toList();
	}

	List<ContentProblem> warnings() {
		return this.warnings.stream().sorted(READING_ORDER).toList();
	}

	/**
	 * Stops a load that found errors: the exception names the first error and lists the others after it.
	 * @throws ContentException when there is at least one error
	 */
	void throwIfErrors() {
		List<ContentProblem> errors = errors();
		if (errors.isEmpty()) {
			return;
		}
		ContentProblem first = errors.get(0);
		StringBuilder problem = new StringBuilder(first.problem());
		if (errors.size() > 1) {
			problem.append(" (and ").append(errors.size() - 1).append(" more: ");
			problem.append(String.join("; ", errors.subList(1, errors.size()).stream()
				.map(ContentProblem::toString).toList()));
			problem.append(')');
		}
		throw new ContentException(first.file(), first.line(), problem.toString());
	}

}
