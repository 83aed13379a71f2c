package sg.gov.tech.efforts.model;

/**
 * The picture that link previews (chat apps, social media) show for every page, from {@code site.yml}.
 *
 * @param url a site path such as {@code /images/share.png}, or an absolute {@code https://} address; empty for none
 * @param alt what the picture shows, for people who cannot see it
 */
public record ShareImage(Url url, String alt) {

	/** No picture: previews show text only. */
	public static final ShareImage NONE = new ShareImage(Url.NONE, "");

	public boolean present() {
		return !this.url.isEmpty();
	}

	/** @return whether the picture is one of the content root's own files, under {@code /images/} */
	public boolean local() {
		return this.url.local();
	}

}
