package sg.gov.tech.efforts.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a page's URL may not be, in either content format: an address of another site or scheme, a path that climbs
 * out of its folder, a backslash or control character that servers and browsers read differently, or a URL too long
 * to request.
 */
public final class Permalinks {

	/** The longest URL a page may have, counted as sent: percent-escapes count three characters each. */
	public static final int MAX_LENGTH = 1_000;

	private static final Pattern SCHEME = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9+.-]*:");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

	private Permalinks() {
	}

	/**
	 * @param permalink a URL as written in front matter, or as made from a template
	 * @return what is wrong with it, to tell the editor; empty when it may be a page's URL
	 */
	public static Optional<String> problem(String permalink) {
		if (SCHEME.matcher(permalink).find()) {
			return Optional.of("the permalink '" + shortened(permalink) + "' starts with a scheme: it must be a path "
					+ "of this site, such as /about-us/");
		}
		if (permalink.strip().startsWith("//")) {
			return Optional.of("the permalink '" + shortened(permalink) + "' names a host (//host/…): it must be a "
					+ "path of this site, such as /about-us/");
		}
		if (permalink.contains("\\")) {
			return Optional.of("the permalink '" + shortened(permalink) + "' holds a backslash: use '/' between "
					+ "folders");
		}
		if (CONTROL.matcher(permalink).find()) {
			return Optional.of("the permalink holds a control character (a tab, a line break, ...): remove it");
		}
		if (Arrays.stream(permalink.split("/")).anyMatch((segment) -> segment.strip().equals(".."))) {
			return Optional.of("the permalink '" + shortened(permalink) + "' has a '..' segment: write the path "
					+ "without climbing out of a folder");
		}
		int length = encodedLength(permalink);
		if (length > MAX_LENGTH) {
			return Optional.of("the permalink is " + length + " characters long as a URL, over the "
					+ String.format("%,d", MAX_LENGTH) + " a page's URL may have: shorten it");
		}
		return Optional.empty();
	}

	private static int encodedLength(String path) {
		if (path.chars().allMatch((c) -> c < 128)) {
			return path.length();
		}
		try {
			return new URI(null, null, path, null).toASCIIString().length();
		}
		catch (URISyntaxException ex) {
			return path.length() * 9;
		}
	}

	private static String shortened(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "…";
	}

}
