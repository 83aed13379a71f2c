package sg.gov.tech.efforts.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Inspects one rendered, sanitised page body: images without alt text and {@code http://} addresses are warnings,
 * and every address that leads inside the site is collected for {@link LinkChecker}.
 */
final class LinkInspector {

	private static final Evaluator IMAGES = Css.query("img");

	private static final Evaluator LINKS = Css.query("a[href]");

	private static final Evaluator WITH_ID = Css.query("[id]");

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	private LinkInspector() {
	}

	/**
	 * @param file the page's file
	 * @param permalink the page's URL, against which relative links resolve
	 * @param body the body, still carrying flexmark's source offsets
	 * @param lines maps elements back to lines of the file
	 * @param report told about the page's warnings
	 * @return the page's ids and local links
	 */
	static PageLinks inspect(String file, String permalink, Element body, SourceLines lines, ValidationReport report) {
		Set<String> ids = new HashSet<>();
		body.select(WITH_ID).forEach((element) -> ids.add(element.id()));
		List<PageLinks.LocalTarget> targets = new ArrayList<>();
		for (Element image : body.select(IMAGES)) {
			String src = image.attr("src").strip();
			int line = lines.lineOf(image, src);
			if (image.attr("alt").isBlank()) {
				report.warn(file, line, "image " + (src.isEmpty() ? "" : src + " ")
						+ "has no alt text: describe it for people who cannot see it");
			}
			check(file, line, permalink, src, true, targets, report);
		}
		for (Element link : body.select(LINKS)) {
			String href = link.attr("href").strip();
			check(file, lines.lineOf(link, href), permalink, href, false, targets, report);
		}
		return new PageLinks(file, permalink, ids, targets);
	}

	private static void check(String file, int line, String permalink, String written, boolean image,
			List<PageLinks.LocalTarget> targets, ValidationReport report) {
		String what = image ? "image " : "link ";
		if (written.isEmpty()) {
			report.warn(file, line,
					what + "has no usable address (only http, https, mailto, tel or a site path are kept)");
		}
		else if (written.regionMatches(true, 0, "http://", 0, 7)) {
			report.warn(file, line,
					what + written + " uses http://: use https:// so visitors' connections stay secure");
		}
		else if (!SCHEME.matcher(written).matches() && !written.startsWith("//")) {
			try {
				URI base = new URI("https", "site", permalink, null);
				// browsers send a space in an address as %20, so may editors write one
				URI target = new URI(written.replace(" ", "%20"));
				targets.add(new PageLinks.LocalTarget(line, written, base.resolve(target), image));
			}
			catch (URISyntaxException ex) {
				report.warn(file, line, what + written + " is not a valid address: " + ex.getReason());
			}
		}
	}

}
