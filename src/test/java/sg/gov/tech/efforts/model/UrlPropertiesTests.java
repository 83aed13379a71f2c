package sg.gov.tech.efforts.model;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL policy against generated disguises of refused schemes, and generated addresses it must keep. */
class UrlPropertiesTests {

	@Property(tries = 500)
	void aRefusedSchemeIsRefusedHoweverItIsDisguised(@ForAll("disguisedSchemes") String written) {
		assertThat(Url.of(written)).as("'%s'", written).isEmpty();
	}

	@Property(tries = 300)
	void aSitePathOrAnAllowedAddressIsKeptAsWritten(@ForAll("allowedAddresses") String written) {
		assertThat(Url.of(written)).as("'%s'", written)
			.hasValueSatisfying((url) -> assertThat(url).hasToString(written.strip()));
	}

	@Property(tries = 300)
	void whateverIsKeptHasNoRefusedSchemeOnceDecoded(@ForAll String written) {
		Url.of(written).ifPresent((url) -> assertThat(Url.refusedScheme(url.text())).isEmpty());
	}

	@Provide
	Arbitrary<String> disguisedSchemes() {
		Arbitrary<String> scheme = Arbitraries.of("javascript", "data", "vbscript", "file", "blob", "ftp", "jar",
				"intent", "livescript");
		return scheme.flatMap((name) -> Arbitraries.of(Disguise.values()).list().ofSize(name.length() + 1)
			.flatMap((disguises) -> invisible().list().ofSize(name.length() + 2)
				.map((gaps) -> disguise(name + ":", disguises, gaps) + "alert(1)")));
	}

	@Provide
	Arbitrary<String> allowedAddresses() {
		Arbitrary<String> path = Arbitraries.strings().withChars("abcxyz019-_./~%?=&#").ofMaxLength(40);
		Arbitrary<String> start = Arbitraries.of("/", "#", "https://", "HTTP://", "mailto:", "tel:", "//", "./", "");
		return start.flatMap((prefix) -> path.map((rest) -> prefix + rest))
			.filter((address) -> !address.isBlank() && !address.contains("&#"));
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
