/** Web plumbing shared by every page: static resources, error pages and startup failure reports. */
package sg.gov.tech.efforts.web;
