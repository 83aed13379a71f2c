/**
 * The content being served: loads a content root with the reader its format needs, swaps in each new version whole,
 * watches a folder for edits, and tells every listener (rendering, search, security headers) about each version.
 */
package sg.gov.tech.efforts.content;
