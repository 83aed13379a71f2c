package sg.gov.tech.efforts.model;

import java.util.Objects;

/**
 * A titled link from the site settings.
 *
 * @param title the visible text
 * @param url where it goes: a site path or an allowed address; {@link Url#NONE} for text without a link
 */
public record Link(String title, Url url) {

	public Link {
		Objects.requireNonNull(url, "url");
	}

	public boolean external() {
		return this.url.external();
	}

}
