package sg.gov.tech.efforts.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the footer shows besides the site's name, copyright and date.
 *
 * @param links the footer's links (Contact, Feedback, FAQ, REACH, ...)
 * @param legal the links every .gov.sg site shows (Report Vulnerability, Privacy Statement, Terms of Use)
 * @param social the agency's social media pages, each titled by its network
 * @param sitemap the columns of the footer's sitemap ({@code footer.yml}'s {@code navlinks}); empty for the header's
 * navigation
 */
public record Footer(List<Link> links, List<Link> legal, List<Link> social, List<NavItem> sitemap) {

	public static final Footer NONE = new Footer(List.of(), List.of(), List.of());

	public Footer {
		links = List.copyOf(links);
		legal = List.copyOf(legal);
		social = List.copyOf(social);
		sitemap = List.copyOf(sitemap);
	}

	/** A footer whose sitemap is the header's navigation. */
	public Footer(List<Link> links, List<Link> legal, List<Link> social) {
		this(links, legal, social, List.of());
	}

	/** @return every link, in the order the footer shows them */
	public List<Link> all() {
		return Stream.of(this.links, this.legal, this.social).flatMap(List::stream).toList();
	}

}
