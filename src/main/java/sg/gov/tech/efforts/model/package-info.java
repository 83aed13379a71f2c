/**
 * The content model every reader builds and every page is rendered from: the site, its pages and sections, the
 * collections and resource rooms they form, and the route of each URL; no reader, no web classes.
 */
package sg.gov.tech.efforts.model;
