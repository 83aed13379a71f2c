/** Runs Debian's Jekyll, the reference the differential tests compare the server's pages with. */
package sg.gov.tech.efforts.jekyll;
