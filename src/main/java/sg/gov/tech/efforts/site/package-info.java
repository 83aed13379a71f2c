/**
 * Renders each loaded site's pages through the templates into bytes with their headers, and serves them through a
 * filter and the page controller (redirects, the 404 page) when the connector's fast lane ({@code site.connector})
 * hands a request on.
 */
package sg.gov.tech.efforts.site;
