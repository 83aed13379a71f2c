/**
 * The operator's settings, every {@code site.*} property in one typed tree, and the site's time zone and clock; at
 * the bottom, importing nothing of ours, so every layer may read them.
 */
package sg.gov.tech.efforts.settings;
