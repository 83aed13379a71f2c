/** Serves content pages and their section deep links through controllers and view models. */
package sg.gov.tech.efforts.site;
