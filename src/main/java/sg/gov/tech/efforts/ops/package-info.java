/**
 * Running the site in production: health probes, operators' metrics (requests, pages served, content reloads, on the
 * management port only), graceful shutdown and the container's process signals.
 */
package sg.gov.tech.efforts.ops;
