package sg.gov.tech.efforts.model;

/**
 * A titled link from the site settings.
 *
 * @param title the visible text
 * @param url where it goes: a site path or an absolute URL
 */
public record Link(String title, String url) {

	public boolean external() {
		return this.url.startsWith("http://") || this.url.startsWith("https://");
	}

}
