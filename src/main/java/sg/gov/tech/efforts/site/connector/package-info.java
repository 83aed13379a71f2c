/**
 * The pages' fast lane in Tomcat's connector: each parsed request is answered from a page's pre-rendered bytes and
 * pre-serialised headers ({@link sg.gov.tech.efforts.site.PageWriter} decides what to write) before the servlet
 * container sees it, or handed on to it, and timed either way. The only package that uses Tomcat's own types.
 */
package sg.gov.tech.efforts.site.connector;
