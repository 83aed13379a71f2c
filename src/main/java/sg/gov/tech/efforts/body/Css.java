package sg.gov.tech.efforts.body;

import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * CSS queries parsed once, into constants of the classes that run them: jsoup parses a query string on every
 * {@code select} call, which was a ninth of a 1,000-page load (docs/benchmarks.md). Evaluators keep their memo per
 * thread, so one constant may serve every page at once.
 */
final class Css {

	private Css() {
	}

	/**
	 * @param query a CSS query fixed in the code, for a {@code static final} field (never one built from content)
	 * @return its evaluator
	 */
	static Evaluator query(String query) {
		return Selector.evaluatorOf(query);
	}

}
