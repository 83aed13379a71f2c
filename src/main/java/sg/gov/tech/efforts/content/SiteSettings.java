package sg.gov.tech.efforts.content;

import java.util.List;

/**
 * Site-wide settings that editors keep in {@code site.yml} beside the pages.
 *
 * @param name the site's name, shown in the header and page titles
 * @param home where {@code /} leads
 * @param navigation the header's main navigation
 * @param footer the footer's links (Contact, Feedback, Report Vulnerability, ...)
 * @param copyright who holds the copyright shown in the footer
 * @param shareImage the picture link previews show ({@code share_image}), or {@link ShareImage#NONE}
 * @param crossLinks the names that "Cross link to … i.e. NAME" bullets may name, each with its address
 */
public record SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright,
		ShareImage shareImage, List<Link> crossLinks) {

	public SiteSettings {
		navigation = List.copyOf(navigation);
		footer = List.copyOf(footer);
		crossLinks = List.copyOf(crossLinks);
	}

	public SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright) {
		this(name, home, navigation, footer, copyright, ShareImage.NONE);
	}

	public SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright,
			ShareImage shareImage) {
		this(name, home, navigation, footer, copyright, shareImage, List.of());
	}

	public SiteSettings withHome(String home) {
		return new SiteSettings(this.name, home, this.navigation, this.footer, this.copyright, this.shareImage,
				this.crossLinks);
	}

	/** The same settings without a picture for link previews. */
	public SiteSettings withoutShareImage() {
		return new SiteSettings(this.name, this.home, this.navigation, this.footer, this.copyright, ShareImage.NONE,
				this.crossLinks);
	}

}
