/**
 * The pages' fast lane in Tomcat's connector: each parsed request is answered from a page's pre-rendered bytes and
 * pre-serialised headers before the servlet container sees it, or handed on to it, and timed either way.
 */
package sg.gov.tech.efforts.site.connector;
