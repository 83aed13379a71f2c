package sg.gov.tech.efforts.search;

/**
 * One thing search can find: a page or one of its sections.
 *
 * @param title its heading
 * @param url its own URL path, the deep link a result leads to
 * @param context where it sits (the page a section belongs to); empty for a page
 * @param text its visible text, one block (paragraph, list item, caption) per line
 */
record SearchEntry(String title, String url, String context, String text) {
}
