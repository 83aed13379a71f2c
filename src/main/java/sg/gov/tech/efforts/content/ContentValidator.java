package sg.gov.tech.efforts.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The checks startup, live reload and the shipped-content test share: each page is inspected as it is rendered
 * (images without alt text, {@code http://} addresses), then, once every page is known, its local links and images
 * must lead to a page, a section or a file of the content root.
 */
final class ContentValidator {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	private final ValidationReport report;

	private final List<LocalTarget> targets = new ArrayList<>();

	private final Map<String, Set<String>> idsByPermalink = new HashMap<>();

	ContentValidator(ValidationReport report) {
		this.report = report;
	}

	/** A local link or image, checked once every page is known. */
	private record LocalTarget(String file, int line, String written, URI resolved, boolean image) {
	}

	void warn(String file, int line, String problem) {
		this.report.warn(file, line, problem);
	}

	/**
	 * Inspects one rendered, sanitised page body before it is split into sections.
	 * @param file the page's file
	 * @param permalink the page's URL, against which relative links resolve
	 * @param body the body, still carrying flexmark's source offsets
	 * @param lines maps elements back to lines of the file
	 */
	void inspect(String file, String permalink, Element body, SourceLines lines) {
		Set<String> ids = new HashSet<>();
		body.select("[id]").forEach((element) -> ids.add(element.id()));
		this.idsByPermalink.put(permalink, ids);
		for (Element image : body.select("img")) {
			String src = image.attr("src").strip();
			int line = lines.lineOf(image, src);
			if (image.attr("alt").isBlank()) {
				warn(file, line, "image " + (src.isEmpty() ? "" : src + " ")
						+ "has no alt text: describe it for people who cannot see it");
			}
			check(file, line, permalink, src, true);
		}
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href").strip();
			check(file, lines.lineOf(link, href), permalink, href, false);
		}
	}

	private void check(String file, int line, String permalink, String written, boolean image) {
		String what = image ? "image " : "link ";
		if (written.isEmpty()) {
			warn(file, line, what + "has no usable address (only http, https, mailto, tel or a site path are kept)");
		}
		else if (written.regionMatches(true, 0, "http://", 0, 7)) {
			warn(file, line, what + written + " uses http://: use https:// so visitors' connections stay secure");
		}
		else if (!SCHEME.matcher(written).matches() && !written.startsWith("//")) {
			try {
				URI resolved = new URI("https", "site", permalink, null).resolve(new URI(written));
				this.targets.add(new LocalTarget(file, line, written, resolved, image));
			}
			catch (URISyntaxException ex) {
				this.report.error(file, line, what + written + " is not a valid address: " + ex.getReason());
			}
		}
	}

	/**
	 * Checks every local link and image against the loaded site.
	 * @param site the site, every page and section routed
	 * @param fileExists whether a path such as {@code images/a.png} names a file of the content root
	 */
	void checkTargets(Site site, Predicate<String> fileExists) {
		for (LocalTarget target : this.targets) {
			String path = target.resolved().getPath();
			String what = (target.image() ? "image " : "link ") + target.written();
			if (ContentFiles.FOLDERS.stream().anyMatch((folder) -> path.startsWith("/" + folder)) || target.image()) {
				String file = path.substring(1);
				if (!ContentFiles.servableFromRoot(file) || !fileExists.test(file)) {
					this.report.error(target.file(), target.line(),
							what + " resolves to nothing: there is no file " + file + " in the content folder");
				}
				continue;
			}
			if (path.isEmpty() || path.equals("/") || path.startsWith("/assets/")) {
				continue;
			}
			Route route;
			try {
				route = site.route(path);
			}
			catch (PageNotFoundException ex) {
				this.report.error(target.file(), target.line(),
						what + " resolves to nothing: no page or section has the URL " + path);
				continue;
			}
			String fragment = target.resolved().getFragment();
			Set<String> ids = this.idsByPermalink.getOrDefault(route.page().permalink(), Set.of());
			if (fragment != null && !fragment.isEmpty() && !ids.contains(fragment)) {
				warn(target.file(), target.line(),
						what + " points to #" + fragment + ", but " + route.path() + " has no heading with that id");
			}
		}
	}

}
