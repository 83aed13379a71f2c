package sg.gov.tech.efforts.body;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Checks every page's local links and images against one loaded site: each must lead to a page, a section, a list
 * or a file of the content root, and a {@code #fragment} to an id of the page it leads to.
 */
public final class LinkChecker {

	private static final String FRAGMENT = "#:";

	private LinkChecker() {
	}

	/**
	 * @param site the site, every route known
	 * @param pages the links of every page
	 * @param fileExists whether a site path such as {@code /images/a.png} names a file visitors may fetch
	 * @param report told about each link that leads nowhere
	 * @param strict whether such a link is an error (else a warning)
	 */
	public static void check(Site site, Collection<PageLinks> pages, Predicate<String> fileExists,
			ValidationReport report, boolean strict) {
		Map<String, Set<String>> idsByPermalink = pages.stream()
			.collect(Collectors.toMap(PageLinks::permalink, PageLinks::ids, (first, second) -> first));
		for (PageLinks page : pages) {
			for (PageLinks.LocalTarget target : page.targets()) {
				String problem = problem(site, target, fileExists, idsByPermalink::get);
				if (problem == null) {
					continue;
				}
				// a fragment that leads nowhere still shows the page: never more than a warning
				if (strict && !problem.startsWith(FRAGMENT)) {
					report.error(page.file(), target.line(), problem);
				}
				else {
					report.warn(page.file(), target.line(), problem.replaceFirst("^" + FRAGMENT, ""));
				}
			}
		}
	}

	/** @return what is wrong with the target (prefixed with {@link #FRAGMENT} for a missing fragment), or null */
	private static String problem(Site site, PageLinks.LocalTarget target, Predicate<String> fileExists,
			Function<String, Set<String>> ids) {
		String path = target.resolved().getPath();
		String what = (target.image() ? "image " : "link ") + target.written();
		if (path == null || path.isEmpty() || path.startsWith("/assets/")) {
			return null;
		}
		if (target.image()) {
			return fileExists.test(path) ? null
					: what + " resolves to nothing: there is no file " + path.substring(1) + " in the content folder";
		}
		Route route;
		try {
			route = site.route(path);
		}
		catch (PageNotFoundException ex) {
			if (fileExists.test(path) || path.equals("/")) {
				return null;
			}
			boolean file = path.startsWith("/images/") || path.startsWith("/files/");
			return what + " resolves to nothing: " + (file ? "there is no file " + path.substring(1)
					+ " in the content folder" : "no page or section has the URL " + path);
		}
		String fragment = target.resolved().getFragment();
		Set<String> known = route.source().map((page) -> ids.apply(page.permalink())).orElse(null);
		if (fragment != null && !fragment.isEmpty() && known != null && !known.contains(fragment)) {
			return FRAGMENT + what + " points to #" + fragment + ", but " + route.path() + " has no heading with that id";
		}
		return null;
	}

}
