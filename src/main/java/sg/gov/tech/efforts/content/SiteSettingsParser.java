package sg.gov.tech.efforts.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code site.yml}: the site name, where {@code /} leads, the header navigation and the footer links. */
final class SiteSettingsParser {

	SiteSettings parse(String file, String yaml) {
		YamlBlock block = new YamlBlock(file, yaml, 1);
		Map<?, ?> fields = block.load("site settings");
		return new SiteSettings(required(block, fields, "name"), required(block, fields, "home"),
				links(block, fields, "navigation"), links(block, fields, "footer"), required(block, fields, "copyright"));
	}

	private static String required(YamlBlock block, Map<?, ?> fields, String key) {
		Object value = fields.get(key);
		if (value == null || value instanceof Map || value instanceof Iterable || value.toString().isBlank()) {
			throw block.problem(key, "'" + key + "' must be set to some text");
		}
		return value.toString().strip();
	}

	private static List<Link> links(YamlBlock block, Map<?, ?> fields, String key) {
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
			links.add(new Link(link.get("title").toString().strip(), link.get("url").toString().strip()));
		}
		return links;
	}

}
