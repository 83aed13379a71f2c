/**
 * Renders each loaded site's pages through the templates into bytes with their headers, and serves them: first in
 * Tomcat's connector (the fast lane), else through a filter and the page controller (redirects, the 404 page).
 */
package sg.gov.tech.efforts.site;
