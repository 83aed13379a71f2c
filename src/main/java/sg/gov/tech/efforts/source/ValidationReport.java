package sg.gov.tech.efforts.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ContentProblem;

/**
 * The errors (something could not be served as written) and warnings (it can, but an editor should look) of one file
 * or one load of the content root, each naming its file and line, listed in file and line order.
 */
public final class ValidationReport {

	private static final Comparator<ContentProblem> READING_ORDER = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line);

	private final Set<ContentProblem> errors = new LinkedHashSet<>();

	private final Set<ContentProblem> warnings = new LinkedHashSet<>();

	public synchronized void error(String file, int line, String problem) {
		this.errors.add(new ContentProblem(file, line, problem));
	}

	public void error(ContentException ex) {
		error(ex.file(), ex.line(), ex.problem());
	}

	public synchronized void warn(String file, int line, String problem) {
		this.warnings.add(new ContentProblem(file, line, problem));
	}

	/** Adds every problem of another report, such as one file's, to this one. */
	public synchronized void addAll(ValidationReport other) {
		this.errors.addAll(other.errors());
		this.warnings.addAll(other.warnings());
	}

	public synchronized List<ContentProblem> errors() {
		return this.errors.stream().sorted(READING_ORDER).toList();
	}

	public synchronized List<ContentProblem> warnings() {
		return this.warnings.stream().sorted(READING_ORDER).toList();
	}

	public synchronized boolean isEmpty() {
		return this.errors.isEmpty() && this.warnings.isEmpty();
	}

	/**
	 * Stops a load that found errors: the exception names the first error and lists the others after it.
	 * @throws ContentException when there is at least one error
	 */
	public void throwIfErrors() {
		List<ContentProblem> errors = errors();
		if (errors.isEmpty()) {
			return;
		}
		ContentProblem first = errors.get(0);
		StringBuilder problem = new StringBuilder(first.problem());
		if (errors.size() > 1) {
			List<String> others = new ArrayList<>();
			errors.subList(1, errors.size()).forEach((error) -> others.add(error.toString()));
			problem.append(" (and ").append(errors.size() - 1).append(" more: ");
			problem.append(String.join("; ", others)).append(')');
		}
		throw new ContentException(first.file(), first.line(), problem.toString());
	}

}
