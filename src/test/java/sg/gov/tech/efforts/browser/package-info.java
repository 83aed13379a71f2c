/**
 * Tests of what a visitor's browser gets: accessibility, keyboard use, deep links, layout and valid HTML.
 */
package sg.gov.tech.efforts.browser;
