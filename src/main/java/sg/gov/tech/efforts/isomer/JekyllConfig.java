package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * What an Isomer repository's {@code _config.yml} says about the site: its name, description and address, its icon,
 * which files Jekyll leaves out, its collections, the front matter defaults, the URL style and how many posts a list
 * page shows.
 *
 * @param title the site's name
 * @param description its description, for pages without their own
 * @param url its public address
 * @param favicon its icon, a site path; empty for none
 * @param shareImage the picture link previews show ({@code shareicon}); empty for none
 * @param exclude paths and globs Jekyll leaves out
 * @param include names Jekyll reads although they start with {@code _} or {@code .}
 * @param collections the collections {@code _config.yml} declares, by name
 * @param defaults the front matter defaults, in order
 * @param permalink the URL style ({@code none}, {@code date}, {@code pretty}) or a template
 * @param paginate how many posts one list page shows
 * @param resourcesName the resource room's folder ({@code resources_name})
 * @param source the file's text, for the lines of problems with its values
 */
record JekyllConfig(String title, String description, String url, String favicon, String shareImage,
		List<String> exclude, List<String> include, Map<String, CollectionConfig> collections,
		List<FrontMatterDefault> defaults, String permalink, int paginate, String resourcesName, YamlBlock source) {

	static final String FILE = "_config.yml";

	/** Jekyll leaves these out whatever the configuration says. */
	private static final List<String> ALWAYS_EXCLUDED = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
			"Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
			"vendor/ruby/");

	/**
	 * A collection as {@code _config.yml} declares it.
	 *
	 * @param output whether its documents are published
	 * @param permalink its documents' URL template; empty for the site's style
	 * @param order its documents' order, paths relative to its folder; empty for path order
	 */
	record CollectionConfig(boolean output, String permalink, List<String> order) {
	}

	/**
	 * Values that front matter of some files gets unless it says otherwise.
	 *
	 * @param path the folder (or file) they apply to; empty for every file
	 * @param type {@code pages}, {@code posts} or a collection's name; empty for every type
	 * @param values the front matter values
	 */
	record FrontMatterDefault(String path, String type, Map<?, ?> values) {

		boolean appliesTo(String file, String fileType) {
			boolean pathMatches = this.path.isEmpty() || file.equals(this.path) || file.startsWith(this.path + "/")
					|| (this.path.endsWith("/") && file.startsWith(this.path));
			return pathMatches && (this.type.isEmpty() || this.type.equals(fileType));
		}

	}

	/**
	 * @param text the file's text
	 * @param report told about each value cut to its limit
	 * @return what the file says
	 */
	static JekyllConfig parse(String text, ValidationReport report) {
		YamlBlock source = new YamlBlock(FILE, text, 1);
		Map<?, ?> fields = source.load("site configuration", report);
		List<String> exclude = new ArrayList<>(ALWAYS_EXCLUDED);
		exclude.addAll(Yaml.texts(fields, "exclude"));
		Map<String, CollectionConfig> collections = new LinkedHashMap<>();
		Yaml.map(fields, "collections").ifPresent((declared) -> declared.forEach((name, settings) -> {
			Map<?, ?> values = (settings instanceof Map<?, ?> map) ? map : Map.of();
			collections.put(String.valueOf(name), collectionConfig(values));
		}));
		List<FrontMatterDefault> defaults = new ArrayList<>();
		for (Map<?, ?> entry : Yaml.maps(fields, "defaults")) {
			Map<?, ?> scope = Yaml.map(entry, "scope").orElse(Map.of());
			defaults.add(new FrontMatterDefault(Yaml.text(scope, "path").replaceAll("^/+", ""),
					Yaml.text(scope, "type"), Yaml.map(entry, "values").orElse(Map.of())));
		}
		String resourcesName = Yaml.text(fields, "resources_name");
		return new JekyllConfig(Yaml.text(fields, "title"), Yaml.text(fields, "description"),
				Yaml.text(fields, "url"), Yaml.text(fields, "favicon"), Yaml.text(fields, "shareicon"), exclude,
				Yaml.texts(fields, "include"), collections, defaults, Yaml.text(fields, "permalink"),
				Math.max(1, Yaml.number(fields, "paginate", 12)),
				resourcesName.isEmpty() ? "resource_room" : resourcesName, source);
	}

	static CollectionConfig collectionConfig(Map<?, ?> values) {
		return new CollectionConfig(!values.containsKey("output") || Yaml.flag(values, "output"),
				Yaml.text(values, "permalink"), Yaml.texts(values, "order"));
	}

	/** @return the front matter a file gets from the defaults, later defaults winning */
	Map<String, Object> defaultsFor(String file, String type) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FrontMatterDefault entry : this.defaults) {
			if (entry.appliesTo(file, type)) {
				entry.values().forEach((key, value) -> values.put(String.valueOf(key), value));
			}
		}
		return values;
	}

	/** @return whether URLs without a permalink of their own end in a slash rather than {@code .html} */
	boolean prettyUrls() {
		return this.permalink.equals("pretty") || this.permalink.endsWith("/");
	}

}
