/** Web plumbing shared by every page: security headers, static resources and caching, error pages, startup failures. */
package sg.gov.tech.efforts.web;
