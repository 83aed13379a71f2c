/**
 * Loads the site's Isomer Markdown content and settings into immutable models: front matter, rendering, sections;
 * no web classes.
 */
package sg.gov.tech.efforts.content;
