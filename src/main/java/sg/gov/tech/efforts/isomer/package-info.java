/**
 * Reads an Isomer (Jekyll) repository as it stands: {@code _config.yml}, {@code _data/}, pages and collections at
 * the URLs Jekyll gives them, navigation, footer, homepage sections, contact pages and resource rooms.
 */
package sg.gov.tech.efforts.isomer;
