package sg.gov.tech.efforts.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small Isomer repository for property tests: a homepage with every kind of section, a page, a post, the
 * navigation and the footer, any of which a test fills with hostile values, each value written once under a YAML
 * anchor and used again through aliases (and a merge key).
 */
final class HostileRepository {

	private final Map<String, String> files = new LinkedHashMap<>();

	HostileRepository() {
		this.files.put("_config.yml", "title: Hostile Properties\npermalink: none\nresources_name: news\n"
				+ "defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: page\n");
		this.files.put("misc/search.md", "---\nlayout: search\ntitle: Search\npermalink: /search/\n---\n");
		this.files.put("pages/about.md", "---\ntitle: About\npermalink: /about/\n---\nAbout us.\n\n### Team\nPeople.\n");
		this.files.put("news/press/_posts/2024-01-01-plain.md", "---\ntitle: Plain post\n---\nText.\n");
		navigation("/images/logo.png", "/about/", "/about/", "About");
		footer("/contact/", "/about/", "https://www.youtube.com/x", "About");
		homepage("/images/hero.png", "/about/", "/images/pic.png", "Welcome");
	}

	HostileRepository navigation(String logo, String link, String sublink, String title) {
		this.files.put("_data/navigation.yml", "logo: " + quoted(logo) + "\nlinks:\n  - &hostile\n    title: "
				+ quoted(title) + "\n    url: " + quoted(link) + "\n  - title: Menu\n    url: /about/\n    sublinks:\n"
				+ "      - title: " + quoted(title) + "\n        url: " + quoted(sublink) + "\n      - *hostile\n"
				+ "      - <<: *hostile\n        title: Merged\n  - title: Newsroom\n    resource_room: true\n");
		return this;
	}

	HostileRepository footer(String contact, String link, String social, String title) {
		this.files.put("_data/footer.yml", "contact_us: " + quoted(contact) + "\nfeedback: &feedback " + quoted(link)
				+ "\nfaq: *feedback\nprivacy_policy: " + quoted(contact) + "\nlinks:\n  - title: " + quoted(title)
				+ "\n    url: " + quoted(link) + "\nsocial_media:\n  facebook: " + quoted(social)
				+ "\n  youtube: *feedback\ncopyright_agency: " + quoted(title) + "\n");
		return this;
	}

	HostileRepository homepage(String background, String button, String image, String text) {
		String title = quoted(text);
		this.files.put("index.md", "---\nlayout: homepage\ntitle: " + title + "\npermalink: /\nnotification: " + title
				+ "\nbutton: &button " + quoted(button) + "\nsections:\n  - hero:\n      title: " + title
				+ "\n      subtitle: " + title + "\n      background: " + quoted(background) + "\n      button: Go\n"
				+ "      url: *button\n      key_highlights:\n        - title: " + title + "\n          url: *button\n"
				+ "      dropdown:\n        title: " + title + "\n        options:\n          - title: Option\n"
				+ "            url: *button\n  - infobar:\n      title: " + title + "\n      description: " + title
				+ "\n      button: Bar\n      url: *button\n  - infopic:\n      title: " + title + "\n      image: "
				+ quoted(image) + "\n      alt: " + title + "\n      button: Pic\n      url: *button\n  - infocols:\n"
				+ "      title: " + title + "\n      infoboxes:\n        - title: " + title + "\n          description: "
				+ title + "\n          url: *button\n          linktext: Box\n  - textcards:\n      title: " + title
				+ "\n      cards:\n        - title: " + title + "\n          url: *button\n  - announcements:\n"
				+ "      title: " + title + "\n      announcement_items:\n        - title: " + title + "\n"
				+ "          link_text: Read\n          link_url: *button\n  - resources:\n      title: " + title
				+ "\n---\n");
		return this;
	}

	HostileRepository page(String title, String description, String permalink, String link) {
		this.files.put("pages/hostile.md", "---\ntitle: " + quoted(title) + "\ndescription: " + quoted(description)
				+ "\npermalink: " + quoted(permalink) + "\nthird_nav_title: " + quoted(title) + "\nbreadcrumb: "
				+ quoted(title) + "\n---\nA [link](" + link + ") and <a href=\"" + link + "\">another</a>, <img src=\""
				+ link + "\" alt=\"a picture\">.\n\n### " + title.replace('\n', ' ') + "\nText.\n");
		return this;
	}

	HostileRepository post(String title, String link, String description) {
		this.files.put("news/press/_posts/2024-02-01-hostile.md", "---\ntitle: " + quoted(title) + "\nfile_url: "
				+ quoted(link) + "\nimage: " + quoted(link) + "\ndescription: " + quoted(description) + "\n---\n");
		return this;
	}

	/** Writes every file, leaving out none a test wrote before: each try serves the same set of files. */
	void writeTo(ContentFolder folder) {
		this.files.forEach(folder::file);
		if (!this.files.containsKey("pages/hostile.md")) {
			folder.file("pages/hostile.md", "---\ntitle: Plain\npermalink: /plain/\n---\nText.\n");
			folder.file("news/press/_posts/2024-02-01-hostile.md", "---\ntitle: Plain file\nfile_url: /about/\n---\n");
		}
	}

	/** A YAML double-quoted string: backslashes, quotes and characters YAML may not hold as they are escaped. */
	static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		text.chars().forEach((c) -> {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append((char) c);
			}
			else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c >= 0xfffe || Character.isSurrogate((char) c)) {
				quoted.append(String.format("\\u%04x", c));
			}
			else {
				quoted.append((char) c);
			}
		});
		return quoted.append('"').toString();
	}

}
