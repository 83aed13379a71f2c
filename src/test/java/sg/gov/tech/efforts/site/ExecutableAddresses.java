package sg.gov.tech.efforts.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The addresses in served HTML and CSS that a browser would follow or load with a scheme other than https, http,
 * mailto or tel, read as the browser reads them: entities decoded by the HTML parser, then (WHATWG URL) leading and
 * trailing controls and spaces dropped and tabs and line breaks removed. Written apart from the application's own
 * URL policy, so that a test using it checks the policy rather than repeating it.
 */
final class ExecutableAddresses {

	private static final Set<String> ALLOWED = Set.of("https", "http", "mailto", "tel");

	/** Attributes that hold an address, in HTML and SVG. */
	private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
			"srcset", "data", "xlink:href", "cite", "background", "ping", "longdesc", "manifest", "codebase");

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

	private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");

	private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?");

	private ExecutableAddresses() {
	}

	/** @return each address of the page (and of its inline styles) with a scheme outside the allowlist */
	static List<String> inHtml(String html) {
		List<String> found = new ArrayList<>();
		for (Element element : Jsoup.parse(html).getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.equals("srcset")) {
					for (String candidate : attribute.getValue().split(",")) {
						add(found, name, candidate.strip().split("\\s+", 2)[0]);
					}
				}
				else if (ADDRESS_ATTRIBUTES.contains(name)) {
					add(found, name, attribute.getValue());
				}
				else if (name.equals("style")) {
					found.addAll(inCss(attribute.getValue()));
				}
			}
			if (element.nameIs("style")) {
				found.addAll(inCss(element.data()));
			}
		}
		return found;
	}

	/** @return each {@code url()} of a stylesheet with a scheme outside the allowlist */
	static List<String> inCss(String css) {
		List<String> found = new ArrayList<>();
		Matcher escaped = CSS_ESCAPE.matcher(css);
		StringBuilder unescaped = new StringBuilder();
		while (escaped.find()) {
			escaped.appendReplacement(unescaped,
					Matcher.quoteReplacement(Character.toString(Integer.parseInt(escaped.group(1), 16))));
		}
		escaped.appendTail(unescaped);
		Matcher url = CSS_URL.matcher(unescaped);
		while (url.find()) {
			add(found, "url()", url.group(2));
		}
		return found;
	}

	private static void add(List<String> found, String where, String address) {
		String read = address.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
		Matcher scheme = SCHEME.matcher(read);
		if (scheme.find() && !ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
			found.add(where + "=" + address);
		}
	}

}
