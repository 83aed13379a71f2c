package sg.gov.tech.efforts.body;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Text that was UTF-8 read as Windows-1252 once too often ({@code â€™} for {@code ’}, {@code Ã©} for {@code é}):
 * each such run is turned back into the characters it was, with a warning naming its first line.
 */
final class Mojibake {

	/** A UTF-8 lead byte read as Windows-1252 (Â-ß, â, ã), followed by continuation bytes read the same way. */
	private static final Pattern RUN = Pattern.compile("(?:[ÂÃ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
			+ "|â[€\\u0080-\\u00BF][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])+");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private Mojibake() {
	}

	/** "â€" then U+009D, a byte Windows-1252 has no character for, was a closing quote; so is a lone "â€". */
	private static final Pattern CLOSING_QUOTE = Pattern.compile("â€(\u009d|(?![\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]))");

	static String repair(String file, int firstLine, String text, ValidationReport report) {
		if (text.indexOf('\u00e2') < 0 && text.indexOf('\u00c3') < 0 && text.indexOf('\u00c2') < 0) {
			return text;
		}
		Matcher quote = CLOSING_QUOTE.matcher(text);
		Matcher run = RUN.matcher(text);
		boolean quotes = quote.find();
		if (!quotes && !run.find()) {
			return text;
		}
		if (quotes) {
			int line = firstLine + (int) text.substring(0, quote.start()).chars().filter((c) -> c == '\n').count();
			String fixed = CLOSING_QUOTE.matcher(text).replaceAll("\u201d");
			String rest = repairRuns(file, firstLine, fixed, report, false);
			report.warn(file, line, WARNING);
			return rest;
		}
		return repairRuns(file, firstLine, text, report, true);
	}

	private static final String WARNING = "the text has characters saved in the wrong encoding (such as 'â€™' for "
			+ "'’'): they are shown as they were meant; save the file as UTF-8 to fix it";

	private static String repairRuns(String file, int firstLine, String text, ValidationReport report, boolean warn) {
		Matcher run = RUN.matcher(text);
		StringBuilder repaired = new StringBuilder();
		int line = -1;
		while (run.find()) {
			String original = new String(run.group().getBytes(WINDOWS_1252), StandardCharsets.UTF_8);
			if (original.contains("\uFFFD")) {
				run.appendReplacement(repaired, Matcher.quoteReplacement(run.group()));
				continue;
			}
			if (line < 0) {
				line = firstLine + (int) text.substring(0, run.start()).chars().filter((c) -> c == '\n').count();
			}
			run.appendReplacement(repaired, Matcher.quoteReplacement(original));
		}
		run.appendTail(repaired);
		if (line >= 0 && warn) {
			report.warn(file, line, WARNING);
		}
		return repaired.toString();
	}

}
