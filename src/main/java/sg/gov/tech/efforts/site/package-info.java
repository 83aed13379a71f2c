/**
 * Renders each loaded site's pages through the templates into bytes with their headers, and writes them with one
 * class ({@link sg.gov.tech.efforts.site.PageWriter}) on both lanes: the connector's fast lane
 * ({@code site.connector}), and the servlet filter and page controller (redirects, the 404 page) for what it hands on.
 */
package sg.gov.tech.efforts.site;
