package sg.gov.tech.efforts.model;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Values a hostile repository may write, for property tests: refused schemes disguised by case, entities,
 * percent-escapes, full-width letters and characters browsers drop; huge texts; right-to-left and zero-width text.
 */
public final class HostileValues {

	/** Schemes the URL policy refuses. */
	private static final List<String> SCHEMES = List.of("javascript", "data", "vbscript", "file", "blob", "ftp", "jar",
			"intent", "livescript");

	private HostileValues() {
	}

	/** @return a refused scheme and a payload, each character of the scheme written in its own disguise */
	public static Arbitrary<String> disguisedSchemes() {
		return Arbitraries.of(SCHEMES).flatMap((name) -> Arbitraries.of(Disguise.values()).list()
			.ofSize(name.length() + 1)
			.flatMap((disguises) -> invisible().list().ofSize(name.length() + 2)
				.map((gaps) -> disguise(name + ":", disguises, gaps) + "alert(1)")));
	}

	/** @return texts that are long (up to 125,000 characters), bidirectional, invisible or markup */
	public static Arbitrary<String> strangeTexts() {
		// half of them over 100,000 characters, the most a template expression may join
		Arbitrary<Integer> words = Arbitraries.oneOf(Arbitraries.integers().between(1, 2_000),
				Arbitraries.integers().between(20_001, 25_000));
		Arbitrary<String> huge = words.map((count) -> "word ".repeat(count) + "end");
		Arbitrary<String> unusual = Arbitraries.strings()
			.withChars("aZ09 <>\"'&:;#%/\\{}|*!-_\u202E\u202D\u2066\u2069\u200B\u200E\u200F\uFEFF\u00AD\u4E2D\u0645")
			.withCharRange('\u0590', '\u05FF')
			.ofMinLength(1)
			.ofMaxLength(80);
		Arbitrary<String> markup = Arbitraries.of("<script>alert(1)</script>", "{{ site.title }}", "{% raw %}x",
				"\"><img src=x onerror=alert(1)>", "*anchor", "&amp;lt;", "\\u0000");
		return Arbitraries.oneOf(huge, unusual, markup);
	}

	/** @return any hostile value: a disguised scheme, a strange text, or a plain address */
	public static Arbitrary<String> anything() {
		return Arbitraries.frequencyOf(Tuple.of(5, disguisedSchemes()),
				Tuple.of(3, strangeTexts()),
				Tuple.of(2, Arbitraries.of("/about/", "https://www.tech.gov.sg/", "#top", "")));
	}

	/** Characters browsers drop from an address, or that hide its scheme from a naive check. */
	private static Arbitrary<String> invisible() {
		return Arbitraries.of("", "", "", "\t", "\n", "\r", "\u0000", "\u200B", "\u200E", "\uFEFF", "\u00AD", " ",
				"&#x09;", "&Tab;", "&NewLine;", "%09", "%0A");
	}

	private static String disguise(String text, List<Disguise> disguises, List<String> gaps) {
		StringBuilder written = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			written.append(disguises.get(i).of(text.charAt(i))).append((i < text.length() - 1) ? gaps.get(i) : "");
		}
		// the last gap leads the whole address: browsers drop leading blanks and controls too
		return gaps.get(text.length()) + written;
	}

	/** Ways of writing one character of a scheme. */
	enum Disguise {

		PLAIN, UPPER, HEX_ENTITY, DECIMAL_ENTITY, PERCENT, DOUBLE_PERCENT, FULL_WIDTH;

		String of(char c) {
			return switch (this) {
				case PLAIN -> String.valueOf(c);
				case UPPER -> String.valueOf(Character.toUpperCase(c));
				case HEX_ENTITY -> "&#x" + Integer.toHexString(c) + ";";
				case DECIMAL_ENTITY -> "&#" + (int) c + ";";
				case PERCENT -> String.format("%%%02X", (int) c);
				case DOUBLE_PERCENT -> String.format("%%25%02X", (int) c);
				case FULL_WIDTH -> (c == ':') ? "\uFF1A" : String.valueOf((char) (c - 'a' + '\uFF41'));
			};
		}

	}

}
