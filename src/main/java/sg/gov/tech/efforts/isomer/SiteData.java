package sg.gov.tech.efforts.isomer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.FileCache;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * The repository's {@code _data/} files ({@code navigation.yml}, {@code footer.yml}, agencies' own lists), by name
 * without extension, as Jekyll's {@code site.data} holds them. A file that is not valid YAML is an error naming its
 * line, and is left out; a text over its {@link sg.gov.tech.efforts.model.TextLimits} is cut, with a warning.
 *
 * @param values each file's content, by name
 * @param texts each file's text, for the digest of what pages were parsed with
 * @param files each file's path, by name
 */
record SiteData(Map<String, Object> values, Map<String, String> texts, Map<String, String> files) {

	static final String FOLDER = "_data/";

	static SiteData read(ContentRoot root, List<String> names, ValidationReport report) {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : names) {
			if (!name.startsWith(FOLDER) || !(name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json"))) {
				continue;
			}
			String key = name.substring(FOLDER.length(), name.lastIndexOf('.')).replace('/', '.');
			String text = root.text(name);
			texts.put(key, text);
			files.put(key, name);
			try {
				Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
				values.put(key, (value != null) ? new YamlBlock(name, text, 1).bounded(value, report) : Map.of());
			}
			catch (MarkedYAMLException ex) {
				int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 1;
				report.error(new ContentException(name, line, "invalid YAML: " + ex.getProblem()));
			}
			catch (YAMLException ex) {
				report.error(name, 1, "invalid YAML: " + ex.getMessage());
			}
		}
		return new SiteData(values, texts, files);
	}

	/** @return a data file's text, for the lines of problems with its values ({@code _data/NAME.yml} when absent) */
	YamlBlock block(String name) {
		String file = this.files.getOrDefault(name, FOLDER + name + ".yml");
		return new YamlBlock(file, this.texts.getOrDefault(name, ""), 1);
	}

	/** @return a data file's content if it is a map of keys; an empty map otherwise */
	Map<?, ?> map(String name) {
		return (this.values.get(name) instanceof Map<?, ?> map) ? map : Map.of();
	}

	String digest() {
		return FileCache.digestOf(() -> this.texts.toString());
	}

}
