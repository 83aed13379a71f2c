package sg.gov.tech.efforts.feedback;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the personal details citizens may type into a report with {@code [removed]} before anything is stored:
 * e-mail addresses, NRIC and FIN numbers, payment card numbers and Singapore phone numbers. It errs towards removing:
 * a number shaped like a phone number goes even if it was a price range. Text that only looks like these stays.
 */
final class Redaction {

	static final String REMOVED = "[removed]";

	/** Each kind of detail, in the order they are removed: an address may hold an NRIC, a card number phone-like groups. */
	private static final List<Kind> KINDS = List.of(
			new Kind(Pattern.compile("[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"), (match) -> true),
			// S, T (citizens, permanent residents), F, G, M (foreigners' FIN): a letter, seven digits, a check letter
			new Kind(Pattern.compile("(?<![A-Za-z0-9])[STFGMstfgm]\\d{7}[A-Za-z](?![A-Za-z0-9])"), (match) -> true),
			// 13 to 19 digits, bare or in the groups cards are printed in, that pass the Luhn check
			new Kind(Pattern.compile("(?<![\\d.,])(?:(?:\\d{4}[ -]){3}\\d{1,7}|\\d{4}[ -]\\d{6}[ -]\\d{5}|\\d{13,19})"
					+ "(?![\\d.,]\\d)"), Redaction::luhn),
			// eight digits starting 3, 6, 8 or 9 (Singapore's numbering plan), perhaps split 4-4, perhaps after +65
			new Kind(Pattern.compile("(?<![\\w+.,])(?:(?:\\+ ?|00)?65[ -]?|\\(\\+?65\\) ?)?[3689]\\d{3}[ -]?\\d{4}"
					+ "(?![\\w]|[.,]\\d)"), (match) -> true));

	/** Control and format characters other than a line break or tab: invisible, and a way to split a number up. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

	private Redaction() {
	}

	/**
	 * What is kept of a written answer: line breaks as {@code \n}, no other control characters, no surrounding
	 * space, at most {@code maxLength} characters (as the form allows), personal details removed.
	 * @param text what a citizen wrote; {@code null} for nothing
	 * @param maxLength the most characters kept
	 * @return the text to store, empty for none
	 */
	static String keep(String text, int maxLength) {
		if (text == null) {
			return "";
		}
		String plain = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
		if (plain.codePointCount(0, plain.length()) > maxLength) {
			plain = plain.substring(0, plain.offsetByCodePoints(0, maxLength)).strip();
		}
		return redact(plain);
	}

	/**
	 * @param text what a citizen wrote
	 * @return the text with every personal detail found replaced by {@value #REMOVED}
	 */
	static String redact(String text) {
		String redacted = text;
		for (Kind kind : KINDS) {
			redacted = kind.remove(redacted);
		}
		return redacted;
	}

	/** The Luhn checksum every payment card number passes, and most other long numbers fail. */
	static boolean luhn(String number) {
		int sum = 0;
		boolean doubled = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				continue;
			}
			int digit = c - '0';
			if (doubled) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private record Kind(Pattern pattern, Predicate<String> personal) {

		String remove(String text) {
			Matcher matcher = this.pattern.matcher(text);
			StringBuilder out = new StringBuilder(text.length());
			while (matcher.find()) {
				String kept = this.personal.test(matcher.group()) ? REMOVED : matcher.group();
				matcher.appendReplacement(out, Matcher.quoteReplacement(kept));
			}
			return matcher.appendTail(out).toString();
		}

	}

}
