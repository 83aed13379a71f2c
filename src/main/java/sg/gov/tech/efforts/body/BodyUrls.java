package sg.gov.tech.efforts.body;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * The URL policy of {@link Url} over a body's HTML, before the allowlist sees it: an address that is no site path,
 * {@code #fragment}, {@code https:}, {@code http:}, {@code mailto:} or {@code tel:} address is taken out, with a
 * warning naming the file, the line and the attribute. A link keeps its text (the allowlist then unwraps it), an
 * image becomes its alt text, anything else loses the attribute.
 */
final class BodyUrls {

	/** Every attribute that holds an address a browser may follow or load. */
	private static final List<String> ATTRIBUTES = List.of("href", "src", "action", "formaction", "poster", "srcset",
			"cite", "background", "data", "xlink:href", "longdesc", "ping", "manifest", "codebase", "lowsrc", "dynsrc");

	private static final Evaluator WITH_ADDRESS = Css
		.query(ATTRIBUTES.stream().map((name) -> "[" + name + "]").collect(Collectors.joining(", ")));

	private BodyUrls() {
	}

	static void police(String file, SourceLines lines, Element body, ValidationReport report) {
		for (Element element : body.select(WITH_ADDRESS)) {
			for (String attribute : ATTRIBUTES) {
				String written = element.attr(attribute);
				if (!element.hasAttr(attribute) || allowed(attribute, written)) {
					continue;
				}
				boolean image = element.nameIs("img") && attribute.equals("src");
				boolean link = element.nameIs("a") && attribute.equals("href");
				String outcome = image ? "the image shows its alt text"
						: link ? "the link keeps its text" : "the attribute is left out";
				report.warn(file, lines.lineOf(element, written),
						Addresses.refused(attribute + " of the " + element.normalName() + " element", written) + ": "
								+ outcome);
				element.removeAttr(attribute);
				if (image) {
					String alt = element.attr("alt").strip();
					if (alt.isEmpty()) {
						element.remove();
					}
					else {
						element.replaceWith(new TextNode(alt));
					}
					break;
				}
			}
		}
	}

	/** A {@code srcset} is a list of addresses, each with its width or density. */
	private static boolean allowed(String attribute, String written) {
		if (!attribute.equals("srcset")) {
			return Url.refusedScheme(written).isEmpty();
		}
		for (String candidate : written.split(",")) {
			String address = candidate.strip().split("\\s+", 2)[0];
			if (Url.refusedScheme(address).isPresent()) {
				return false;
			}
		}
		return true;
	}

}
