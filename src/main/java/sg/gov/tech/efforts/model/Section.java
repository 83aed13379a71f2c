package sg.gov.tech.efforts.model;

/**
 * One {@code ###} section of a page, which is also a page of its own at {@code {permalink}{slug}/}.
 *
 * @param slug the kramdown-style id, used as the anchor and the URL segment
 * @param title the heading's plain text
 * @param html the section's content (without its heading) for its own page, where its heading is the {@code h1}
 * @param embeddedHtml the same content for the whole page, where its heading is an {@code h2}
 * @param summary the section's opening text (its first bullet or paragraph), used as its description
 * @param line the 1-based line of the heading in the source file
 */
public record Section(String slug, String title, String html, String embeddedHtml, String summary, int line) {
}
