package sg.gov.tech.efforts.model;


/** Heading ids as kramdown (and so Isomer) generates them, so deep links stay the ones Isomer would give. */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * kramdown's {@code auto_ids}: drop leading non-letters, keep only ASCII letters, digits, spaces and hyphens,
	 * turn spaces into hyphens, lower-case; {@code section} when nothing is left.
	 * @param headingText the heading's plain text
	 * @return the id kramdown would give the heading
	 */
	public static String of(String headingText) {
		StringBuilder id = new StringBuilder(headingText.length());
		for (int i = 0; i < headingText.length(); i++) {
			char c = headingText.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			if (id.isEmpty() && !letter) {
				continue;
			}
			if (letter || (c >= '0' && c <= '9') || c == '-') {
				id.append(Character.toLowerCase(c));
			}
			else if (c == ' ') {
				id.append('-');
			}
		}
		return id.isEmpty() ? "section" : id.toString();
	}

	/**
	 * Turns one path segment such as {@code what-we-do} into words such as {@code What We Do}.
	 * @param segment a URL path segment
	 * @return the segment as a title
	 */
	public static String humanise(String segment) {
		StringBuilder title = new StringBuilder();
		for (String word : segment.split("[-_]+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!title.isEmpty()) {
				title.append(' ');
			}
			title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return title.toString();
	}

}
