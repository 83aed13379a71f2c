package sg.gov.tech.efforts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.TextLimits;

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
	 * Loads the block as {@link #load(String)} does, every text within its {@link TextLimits}.
	 * @param what what the block is, for messages
	 * @param report told about each value cut, and each alias that led into itself
	 * @return the top-level keys and values
	 */
	public Map<?, ?> load(String what, ValidationReport report) {
		return (Map<?, ?>) bounded(load(what), report);
	}

	/**
	 * @param loaded YAML of this block, as SnakeYAML loaded it
	 * @param report told about each value cut, and each alias that led into itself, on its top-level key's line
	 * @return a copy with every text within its {@link TextLimits}
	 */
	public Object bounded(Object loaded, ValidationReport report) {
		List<TextLimits.Cut> cuts = new ArrayList<>();
		Object bounded = TextLimits.bound(loaded, cuts);
		cuts.forEach((cut) -> report.warn(this.file, lineOf(cut.path().get(0)), cut.problem()));
		return bounded;
	}

	/**
	 * The file line a value is written on, for messages about a value below the top level.
	 * @param value the value, as loaded
	 * @return the first line holding its start, as written or as a double-quoted YAML string writes it
	 * ({@code \\u200B}, {@code \\n}); the line before the block (or 1) when none does
	 */
	public int lineOfText(String value) {
		String stripped = value.strip();
		String start = stripped.substring(0, Math.min(stripped.length(), 60));
		String escaped = escaped(start).toLowerCase(Locale.ROOT);
		if (!start.isBlank()) {
			String[] lines = this.yaml.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].contains(start) || lines[i].toLowerCase(Locale.ROOT).contains(escaped)) {
					return this.firstLine + i;
				}
			}
		}
		return Math.max(1, this.firstLine - 1);
	}

	/** A text as a double-quoted YAML string writes it: controls and characters outside ASCII as escapes. */
	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\t') {
				escaped.append("\\t");
			}
			else if (c < 0x20 || c > 0x7e) {
				escaped.append((c > 0xffff) ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
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
