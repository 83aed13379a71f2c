package sg.gov.tech.efforts.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * An address from content that lands in an {@code href}, a {@code src} or a CSS {@code url()}: a site path, a
 * {@code #fragment}, or an {@code https:}, {@code http:}, {@code mailto:} or {@code tel:} URL. The constructor refuses
 * anything else, so no template can be handed an unchecked address; {@link #toString()} is the address itself, which
 * is what {@code th:href="${link.url}"} prints.
 * <p>
 * The scheme is judged the way a browser might end up reading the address, not only as written: after decoding HTML
 * entities and percent-escapes (repeatedly), folding compatibility characters (full-width letters) and removing
 * whitespace, control and invisible characters, so {@code jav&#x09;ascript:}, {@code java\nscript:} and
 * {@code %6A%61vascript:} are all refused.
 *
 * @param text the address as written, without surrounding whitespace or control characters; empty for none
 */
public record Url(String text) {

	/** The schemes an address may have; any other (javascript:, data:, vbscript:, file:, ...) is refused. */
	public static final Set<String> SCHEMES = Set.of("https", "http", "mailto", "tel");

	/** What editors are told an address may be. */
	public static final String ALLOWED = "a site path, a #fragment or an https:, http:, mailto: or tel: address";

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

	/** Whitespace, control, format (zero-width, bidi) and separator characters: browsers drop some, any hides a scheme. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}\\p{Z}]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

	private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");

	/** Enough rounds of decoding for any address an editor means; a deeper one is judged as still encoded. */
	private static final int DECODING_ROUNDS = 4;

	/** No address: a link without one is shown as its text alone (made after the patterns its check uses). */
	public static final Url NONE = new Url("");

	/**
	 * @param text the address as written
	 * @throws IllegalArgumentException when its scheme is not allowed
	 */
	public Url {
		text = CONTROL.matcher(Objects.requireNonNull(text, "text")).replaceAll("").strip();
		Optional<String> refused = refusedScheme(text);
		if (refused.isPresent()) {
			throw new IllegalArgumentException("the scheme " + refused.get() + ": is not allowed in an address");
		}
	}

	/**
	 * @param written an address as content wrote it
	 * @return it, when allowed ({@link #NONE} for a blank one); empty when refused
	 */
	public static Optional<Url> of(String written) {
		String text = CONTROL.matcher(written).replaceAll("").strip();
		return refusedScheme(text).isPresent() ? Optional.empty() : Optional.of(text.isEmpty() ? NONE : new Url(text));
	}

	/**
	 * @param written an address
	 * @return the scheme it would have in a browser, lower case, when that scheme is not one of {@link #SCHEMES}
	 */
	public static Optional<String> refusedScheme(String written) {
		String form = written;
		for (int round = 0; round <= DECODING_ROUNDS; round++) {
			Optional<String> scheme = schemeOf(form);
			if (scheme.isPresent() && !SCHEMES.contains(scheme.get())) {
				return scheme;
			}
			String decoded = decodePercents(form.contains("&") ? Parser.unescapeEntities(form, false) : form);
			if (decoded.equals(form)) {
				break;
			}
			form = decoded;
		}
		return Optional.empty();
	}

	private static Optional<String> schemeOf(String form) {
		if (form.indexOf(':') < 0 && form.indexOf('\uFF1A') < 0 && form.indexOf('\uFE55') < 0) {
			return Optional.empty();
		}
		String folded = INVISIBLE.matcher(Normalizer.normalize(form, Normalizer.Form.NFKC)).replaceAll("");
		Matcher scheme = SCHEME.matcher(folded.toLowerCase(Locale.ROOT));
		return scheme.find() ? Optional.of(scheme.group(1)) : Optional.empty();
	}

	/** Decodes runs of {@code %XX} as UTF-8, leaving a lone or malformed {@code %} as it is. */
	private static String decodePercents(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		Matcher escapes = PERCENT.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (escapes.find()) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			String run = escapes.group();
			for (int i = 0; i < run.length(); i += 3) {
				bytes.write(Integer.parseInt(run, i + 1, i + 3, 16));
			}
			escapes.appendReplacement(decoded, Matcher.quoteReplacement(bytes.toString(StandardCharsets.UTF_8)));
		}
		escapes.appendTail(decoded);
		return decoded.toString();
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/** @return whether it leads to another site: an {@code https:} or {@code http:} address, or {@code //host/…} */
	public boolean external() {
		return http() || this.text.regionMatches(true, 0, "https:", 0, 6) || this.text.startsWith("//");
	}

	/** @return whether it is an {@code http:} address, whose connection is not private */
	public boolean http() {
		return this.text.regionMatches(true, 0, "http:", 0, 5);
	}

	/** @return whether it is a path of this site, such as {@code /images/logo.png} */
	public boolean local() {
		return this.text.startsWith("/") && !this.text.startsWith("//");
	}

	@Override
	public String toString() {
		return this.text;
	}

}
