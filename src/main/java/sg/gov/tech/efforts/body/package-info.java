/**
 * The page-body pipeline every reader shares: Markdown and raw HTML to safe, accessible HTML (kramdown attribute
 * lists, the allowlist, Isomer's fix-ups, heading ids, sections), and the checks of the links it holds.
 */
package sg.gov.tech.efforts.body;
