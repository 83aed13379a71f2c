package sg.gov.tech.efforts.source;

import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import sg.gov.tech.efforts.model.ContentException;

/**
 * A block of YAML key/value lines that starts on a known line of a file, so every problem can name its line.
 *
 * @param file the file's name, for messages
 * @param yaml the YAML text
 * @param firstLine the 1-based line of the file on which the YAML starts
 */
public record YamlBlock(String file, String yaml, int firstLine) {

	/**
	 * Loads the block as a map with SnakeYAML's safe constructor (no arbitrary types).
	 * @param what what the block is, for messages ("front matter", "site settings")
	 * @return the top-level keys and values
	 */
	public Map<?, ?> load(String what) {
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(this.yaml);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? this.firstLine + mark.getLine() : this.firstLine;
			throw new ContentException(this.file, line, "invalid YAML in " + what + ": " + ex.getProblem(), ex);
		}
		catch (YAMLException ex) {
			throw new ContentException(this.file, this.firstLine, "invalid YAML in " + what + ": " + ex.getMessage(),
					ex);
		}
		if (loaded == null) {
			throw new ContentException(this.file, this.firstLine, what + " is empty");
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new ContentException(this.file, this.firstLine, what + " must be 'key: value' lines");
		}
		return map;
	}

	/**
	 * The file line of a top-level key, for messages about its value.
	 * @param key the key
	 * @return its line; when the key is absent, the line before the block (a front matter's opening fence), or 1
	 */
	public int lineOf(String key) {
		String[] lines = this.yaml.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(key + ":")) {
				return this.firstLine + i;
			}
		}
		return Math.max(1, this.firstLine - 1);
	}

	/**
	 * A problem with one key's value.
	 * @param key the key
	 * @param problem what is wrong
	 * @return the exception to throw
	 */
	public ContentException problem(String key, String problem) {
		return new ContentException(this.file, lineOf(key), problem);
	}

}
