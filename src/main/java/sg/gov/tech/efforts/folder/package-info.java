/**
 * Reads the project's own content format: a folder of Markdown pages with permalinks and a {@code site.yml}, every
 * {@code ###} section a page of its own.
 */
package sg.gov.tech.efforts.folder;
