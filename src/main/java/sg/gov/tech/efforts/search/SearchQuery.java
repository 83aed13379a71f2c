package sg.gov.tech.efforts.search;

/**
 * What a visitor typed, tidied: control characters removed, spaces collapsed, cut to {@link #MAX_LENGTH}.
 *
 * @param text the query as searched and shown
 * @param shortened whether the visitor typed more than {@link #MAX_LENGTH} characters
 */
public record SearchQuery(String text, boolean shortened) {

	/** Longer than any real question, short enough that no query costs the server much. */
	public static final int MAX_LENGTH = 200;

	public static SearchQuery of(String raw) {
		String text = (raw != null) ? raw.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip() : "";
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return new SearchQuery(text, false);
		}
		return new SearchQuery(text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip(), true);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

}
