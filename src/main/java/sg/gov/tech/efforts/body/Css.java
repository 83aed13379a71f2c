package sg.gov.tech.efforts.body;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * CSS queries parsed once: jsoup parses a query string on every {@code select} call, which was a ninth of a
 * 1,000-page load (docs/benchmarks.md). Evaluators keep their memo per thread, so one may serve every page at once.
 */
final class Css {

	private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

	private Css() {
	}

	/**
	 * @param query a CSS query fixed in the code (never one built from content, which would grow the cache)
	 * @return its evaluator, parsed on first use
	 */
	static Evaluator query(String query) {
		return PARSED.computeIfAbsent(query, Selector::evaluatorOf);
	}

}
