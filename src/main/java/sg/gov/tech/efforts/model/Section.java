package sg.gov.tech.efforts.model;

/**
 * One {@code ###} section of a page, which is also a page of its own at {@code {permalink}{slug}/} when the page's
 * sections are pages.
 *
 * @param slug the kramdown-style id, used as the anchor and the URL segment
 * @param title the heading's plain text
 * @param embeddedHtml the section's content (without its heading) as the whole page shows it, under an {@code h2};
 * its own page shows it a level up (see {@code body.SectionPages}); empty when sections are not pages
 * @param summary the section's opening text (its first bullet or paragraph), used as its description
 * @param text the words it shows, one line per block, for search
 * @param line the 1-based line of the heading in the source file
 */
public record Section(String slug, String title, String embeddedHtml, String summary, String text, int line) {
}
