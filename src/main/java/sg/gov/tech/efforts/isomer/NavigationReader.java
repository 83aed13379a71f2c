package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import sg.gov.tech.efforts.model.Footer;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.NavItem;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;

/**
 * The header and footer of an Isomer site from {@code _data/navigation.yml} and {@code _data/footer.yml}: a link to a
 * collection leads to its first page and drops down its pages, a link to the resource room drops down its categories,
 * and the footer always has the links every .gov.sg site must show.
 */
final class NavigationReader {

	static final Url REPORT_VULNERABILITY = new Url("https://www.tech.gov.sg/report_vulnerability");

	private static final List<String> SOCIAL_NETWORKS = List.of("facebook", "twitter", "youtube", "instagram",
			"linkedin", "tiktok", "telegram", "whatsapp");

	private NavigationReader() {
	}

	/**
	 * @param navigation {@code navigation.yml}'s content
	 * @param collections the site's collections
	 * @param room the resource room, if there is one
	 * @param unknown told about each collection the navigation names that does not exist
	 * @param addresses reads each link's address through the URL policy
	 * @return the header's entries, in order
	 */
	static List<NavItem> header(Map<?, ?> navigation, List<PageCollection> collections, Optional<ResourceRoom> room,
			Consumer<String> unknown, Addresses addresses) {
		List<NavItem> items = new ArrayList<>();
		for (Map<?, ?> link : Yaml.maps(navigation, "links")) {
			String title = Yaml.text(link, "title");
			if (title.isEmpty()) {
				continue;
			}
			String collection = Yaml.text(link, "collection");
			if (!collection.isEmpty()) {
				Optional<PageCollection> found = collections.stream()
					.filter((candidate) -> candidate.name().equals(collection))
					.findFirst();
				found.ifPresentOrElse((pages) -> items.add(collection(title, pages)),
						() -> unknown.accept("the navigation's link '" + title + "' names the collection '"
								+ collection + "', but there is no folder _" + collection + "/ with pages"));
			}
			else if (Yaml.flag(link, "resource_room")) {
				room.ifPresentOrElse((found) -> items.add(room(title, found)),
						() -> unknown.accept("the navigation's link '" + title
								+ "' leads to the resource room, but the site has none"));
			}
			else {
				List<Link> sublinks = Yaml.maps(link, "sublinks").stream()
					.filter((sublink) -> !Yaml.text(sublink, "title").isEmpty() && !Yaml.text(sublink, "url").isEmpty())
					.map((sublink) -> link(addresses, "navigation link", Yaml.text(sublink, "title"),
							Yaml.text(sublink, "url")))
					.toList();
				String written = Yaml.text(link, "url");
				if (written.isEmpty() && sublinks.isEmpty()) {
					continue;
				}
				Url url = written.isEmpty() ? sublinks.get(0).url()
						: addresses.read("url of the navigation link '" + title + "'", written);
				items.add(new NavItem(title, url, sublinks));
			}
		}
		return items;
	}

	/** A collection's top-level pages and the first page of each of its groups. */
	private static NavItem collection(String title, PageCollection collection) {
		List<Link> sublinks = collection.entries().stream()
			.map((entry) -> (entry instanceof PageCollection.Group group)
					? new Link(group.title(), new Url(group.first().permalink()))
					: new Link(entry.first().frontMatter().crumb(), new Url(entry.first().permalink())))
			.toList();
		Url url = new Url(collection.first().permalink());
		return new NavItem(title, url, (sublinks.size() > 1) ? sublinks : List.of());
	}

	private static NavItem room(String title, ResourceRoom room) {
		if (room.categories().size() < 2) {
			return new NavItem(title, new Url(room.url()), List.of());
		}
		List<Link> sublinks = new ArrayList<>(List.of(new Link("All", new Url(room.url()))));
		room.categories().forEach((category) -> sublinks.add(new Link(category.title(), new Url(category.url()))));
		return new NavItem(title, new Url(room.url()), sublinks);
	}

	/**
	 * @param footer {@code footer.yml}'s content
	 * @param addresses reads each link's address through the URL policy
	 * @return the footer's links: its own, then the legal ones, then social media
	 */
	static Footer footer(Map<?, ?> footer, Addresses addresses) {
		List<Link> links = new ArrayList<>();
		Yaml.maps(footer, "links").stream()
			.filter((link) -> !Yaml.text(link, "title").isEmpty() && !Yaml.text(link, "url").isEmpty())
			.forEach((link) -> links.add(link(addresses, "footer link", Yaml.text(link, "title"),
					Yaml.text(link, "url"))));
		if (Yaml.flag(footer, "show_reach")) {
			links.add(new Link("REACH", new Url("https://www.reach.gov.sg/")));
		}
		add(links, addresses, "FAQ", Yaml.text(footer, "faq"));
		add(links, addresses, "Feedback", Yaml.text(footer, "feedback"));
		add(links, addresses, "Contact Us", Yaml.text(footer, "contact_us"));
		List<Link> legal = new ArrayList<>();
		legal.add(new Link("Report Vulnerability", REPORT_VULNERABILITY));
		legal.add(link(addresses, "footer link", "Privacy Statement",
				first(footer, "/privacy/", "privacy_policy", "privacy")));
		legal.add(link(addresses, "footer link", "Terms of Use",
				first(footer, "/terms-of-use/", "terms_of_use", "terms")));
		List<Link> social = new ArrayList<>();
		Map<?, ?> media = Yaml.map(footer, "social_media").orElse(Map.of());
		for (String network : SOCIAL_NETWORKS) {
			add(social, addresses, network.equals("twitter") ? "X (Twitter)" : network.equals("linkedin") ? "LinkedIn"
					: network.equals("youtube") ? "YouTube" : network.equals("tiktok") ? "TikTok"
					: Character.toUpperCase(network.charAt(0)) + network.substring(1), Yaml.text(media, network));
		}
		return new Footer(links, legal, social);
	}

	/** A link whose address passes the URL policy, or its title alone when refused. */
	private static Link link(Addresses addresses, String kind, String title, String written) {
		return new Link(title, addresses.read("url of the " + kind + " '" + title + "'", written));
	}

	private static String first(Map<?, ?> footer, String fallback, String... keys) {
		for (String key : keys) {
			String value = Yaml.text(footer, key);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return fallback;
	}

	private static void add(List<Link> links, Addresses addresses, String title, String written) {
		if (!written.isEmpty()) {
			links.add(link(addresses, "footer link", title, written));
		}
	}

}
