package sg.gov.tech.efforts.folder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.SiteSettings;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Reads {@code site.yml}: the site name, where {@code /} leads, the header navigation, the footer links, the
 * picture for link previews and the cross-link names. A link's address passes the URL policy ({@link Url}); a text
 * over its limit is cut, with a warning.
 */
public final class SiteSettingsParser {

	public SiteSettings parse(String file, String yaml) {
		return parse(file, yaml, new ValidationReport());
	}

	/**
	 * @param file the settings file's name, for messages
	 * @param yaml its text
	 * @param report told about addresses refused or insecure and texts cut
	 * @return the settings
	 */
	public SiteSettings parse(String file, String yaml, ValidationReport report) {
		YamlBlock block = new YamlBlock(file, yaml, 1);
		Map<?, ?> fields = block.load("site settings", report);
		Addresses addresses = new Addresses(block, report);
		return new SiteSettings(required(block, fields, "name"), required(block, fields, "home"),
				links(block, fields, "navigation", addresses), links(block, fields, "footer", addresses),
				required(block, fields, "copyright"), shareImage(block, fields), crossLinks(block, fields));
	}

	/** Optional; a picture without words describing it would leave screen-reader users of chat apps guessing. */
	private static ShareImage shareImage(YamlBlock block, Map<?, ?> fields) {
		if (fields.get("share_image") == null) {
			return ShareImage.NONE;
		}
		String url = required(block, fields, "share_image");
		if ((!url.matches("/images/[A-Za-z0-9/._~-]+") && !url.startsWith("https://")) || url.contains("..")) {
			throw block.problem("share_image",
					"'share_image' must be a file under /images/ (e.g. /images/share.png) or an https:// address");
		}
		if (fields.get("share_image_alt") == null) {
			throw block.problem("share_image", "'share_image_alt' must describe the picture set by 'share_image'");
		}
		return new ShareImage(new Url(url), required(block, fields, "share_image_alt"));
	}

	/** {@code cross_links} maps each name to its address: {@code LifeSG: https://www.life.gov.sg/}. */
	private static List<Link> crossLinks(YamlBlock block, Map<?, ?> fields) {
		Object value = fields.get("cross_links");
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof Map<?, ?> names)) {
			throw block.problem("cross_links", "'cross_links' must be 'Name: address' lines");
		}
		List<Link> links = new ArrayList<>();
		for (Map.Entry<?, ?> entry : names.entrySet()) {
			String url = (entry.getValue() == null) ? "" : entry.getValue().toString().strip();
			if (entry.getKey() == null || entry.getKey().toString().isBlank()
					|| !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))) {
				throw block.problem("cross_links",
						"cross link '" + entry.getKey() + "' needs an address starting with https:// or /");
			}
			links.add(new Link(entry.getKey().toString().strip(), new Url(url)));
		}
		return links;
	}

	private static String required(YamlBlock block, Map<?, ?> fields, String key) {
		Object value = fields.get(key);
		if (value == null || value instanceof Map || value instanceof Iterable || value.toString().isBlank()) {
			throw block.problem(key, "'" + key + "' must be set to some text");
		}
		return value.toString().strip();
	}

	private static List<Link> links(YamlBlock block, Map<?, ?> fields, String key, Addresses addresses) {
		Object value = fields.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			throw block.problem(key, "'" + key + "' must be a list of title/url pairs");
		}
		List<Link> links = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> link) || link.get("title") == null || link.get("url") == null) {
				throw block.problem(key, "every '" + key + "' entry needs a 'title' and a 'url'");
			}
			String title = link.get("title").toString().strip();
			links.add(new Link(title, addresses.read("url of the " + key + " link '" + title + "'",
					link.get("url").toString())));
		}
		return links;
	}

}
