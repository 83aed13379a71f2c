package sg.gov.tech.efforts.model;

import java.util.List;

/**
 * Site-wide settings: the project's own {@code site.yml}, or an Isomer repository's {@code _config.yml} and
 * {@code _data/} files.
 *
 * @param name the site's name, shown in the header and page titles
 * @param home where {@code /} leads (or {@code /} itself when a page lives there)
 * @param navigation the header's main navigation
 * @param footer the footer's links
 * @param copyright who holds the copyright shown in the footer
 * @param shareImage the picture link previews show ({@code share_image}), or {@link ShareImage#NONE}
 * @param crossLinks the names that "Cross link to … i.e. NAME" bullets may name, each with its address
 * @param logo the agency's logo in the header, a site path or address; empty to show the name instead
 * @param favicon the site's own icon, a site path; empty for the built-in one
 * @param brand the site's colours, each dark enough for its text
 * @param government whether the site is a Singapore Government agency's, shown with the government masthead
 * ({@code is_government}, true unless set false)
 */
public record SiteSettings(String name, String home, List<NavItem> navigation, Footer footer, String copyright,
		ShareImage shareImage, List<Link> crossLinks, Url logo, Url favicon, Brand brand, boolean government) {

	public SiteSettings {
		navigation = List.copyOf(navigation);
		crossLinks = List.copyOf(crossLinks);
	}

	/** Settings in the default colours, with the government masthead. */
	public SiteSettings(String name, String home, List<NavItem> navigation, Footer footer, String copyright,
			ShareImage shareImage, List<Link> crossLinks, Url logo, Url favicon) {
		this(name, home, navigation, footer, copyright, shareImage, crossLinks, logo, favicon, Brand.DEFAULT, true);
	}

	/** Settings of the project's own format: plain links in the header and footer, no logo of the agency's own. */
	public SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright,
			ShareImage shareImage, List<Link> crossLinks) {
		this(name, home, navigation.stream().map(NavItem::of).toList(), new Footer(footer, List.of(), List.of()),
				copyright, shareImage, crossLinks, Url.NONE, Url.NONE);
	}

	public SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright) {
		this(name, home, navigation, footer, copyright, ShareImage.NONE, List.of());
	}

	public SiteSettings(String name, String home, List<Link> navigation, List<Link> footer, String copyright,
			ShareImage shareImage) {
		this(name, home, navigation, footer, copyright, shareImage, List.of());
	}

	public SiteSettings withHome(String home) {
		return new SiteSettings(this.name, home, this.navigation, this.footer, this.copyright, this.shareImage,
				this.crossLinks, this.logo, this.favicon, this.brand, this.government);
	}

	/** The same settings in other colours, with or without the government masthead. */
	public SiteSettings withBrand(Brand brand, boolean government) {
		return new SiteSettings(this.name, this.home, this.navigation, this.footer, this.copyright, this.shareImage,
				this.crossLinks, this.logo, this.favicon, brand, government);
	}

	/** The same settings without a picture for link previews. */
	public SiteSettings withoutShareImage() {
		return new SiteSettings(this.name, this.home, this.navigation, this.footer, this.copyright, ShareImage.NONE,
				this.crossLinks, this.logo, this.favicon, this.brand, this.government);
	}

}
