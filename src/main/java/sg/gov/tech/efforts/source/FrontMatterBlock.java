package sg.gov.tech.efforts.source;

import java.util.Optional;

/**
 * A content file split as Jekyll splits it: a YAML block between a first line of {@code ---} and the next line of
 * {@code ---} (or {@code ...}), trailing spaces allowed, then the body.
 *
 * @param yaml the front matter's YAML, possibly empty
 * @param yamlFirstLine the 1-based line of the file on which the YAML starts
 * @param body the text after the closing fence
 * @param bodyFirstLine the 1-based line of the file on which the body starts
 */
public record FrontMatterBlock(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

	/**
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @return the split file; empty when it does not start with a front matter fence
	 * @throws sg.gov.tech.efforts.model.ContentException when the front matter is opened but never closed
	 */
	public static Optional<FrontMatterBlock> of(String file, String source) {
		String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
		String[] lines = text.split("\n", -1);
		if (!isFence(lines[0], false)) {
			return Optional.empty();
		}
		int closing = -1;
		for (int i = 1; i < lines.length; i++) {
			if (isFence(lines[i], true)) {
				closing = i;
				break;
			}
		}
		if (closing < 0) {
			throw new sg.gov.tech.efforts.model.ContentException(file, 1,
					"the front matter opened on line 1 is never closed by a '---' line");
		}
		StringBuilder yaml = new StringBuilder();
		for (int i = 1; i < closing; i++) {
			yaml.append(stripCr(lines[i])).append('\n');
		}
		StringBuilder body = new StringBuilder();
		for (int i = closing + 1; i < lines.length; i++) {
			body.append(lines[i]);
			if (i < lines.length - 1) {
				body.append('\n');
			}
		}
		return Optional.of(new FrontMatterBlock(yaml.toString(), 2, body.toString(), closing + 2));
	}

	/**
	 * A file that does not open with a fence but closes one after YAML-looking lines lost its first line: the line
	 * of that closing fence, so the problem can say where it is.
	 * @param source the file's text
	 * @return the line of the stray closing fence, if the file looks like that
	 */
	public static Optional<Integer> strayClosingFence(String source) {
		String[] lines = source.split("\n", -1);
		for (int i = 0; i < Math.min(lines.length, 40); i++) {
			if (isFence(lines[i], false)) {
				return (i > 0) ? Optional.of(i + 1) : Optional.empty();
			}
			if (!lines[i].isBlank() && !lines[i].matches("^[A-Za-z_][\\w-]*:.*|^\\s+.*|^\\s*-.*")) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean isFence(String line, boolean closing) {
		String bare = stripCr(line).stripTrailing();
		return bare.equals("---") || (closing && bare.equals("..."));
	}

	private static String stripCr(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

}
