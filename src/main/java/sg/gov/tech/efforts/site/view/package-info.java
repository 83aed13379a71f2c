/**
 * What the templates show: the chrome every page shares, and the view of each page, section, list and error page,
 * built from the content model (breadcrumbs, side navigation, previous and next).
 */
package sg.gov.tech.efforts.site.view;
