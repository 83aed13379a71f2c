/** Running the site in production: health probes, graceful shutdown and the container's process signals. */
package sg.gov.tech.efforts.ops;
