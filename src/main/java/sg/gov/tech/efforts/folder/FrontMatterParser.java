package sg.gov.tech.efforts.folder;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.FrontMatter;
import sg.gov.tech.efforts.source.FrontMatterBlock;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Splits a page of the project's own format into its YAML front matter and its Markdown body, and checks the fields every page needs.
 */
final class FrontMatterParser {

	/**
	 * A page source split in two.
	 *
	 * @param frontMatter the validated front matter
	 * @param body the Markdown after the closing fence
	 * @param bodyFirstLine the 1-based line of the file on which the body starts
	 */
	record Split(FrontMatter frontMatter, String body, int bodyFirstLine) {
	}

	Split parse(String file, String source) {
		FrontMatterBlock split = FrontMatterBlock.of(file, source)
			.orElseThrow(() -> new ContentException(file, 1,
					"the file must start with a '---' line opening the YAML front matter"));
		YamlBlock block = new YamlBlock(file, split.yaml(), split.yamlFirstLine());
		Map<?, ?> fields = block.load("front matter");
		String title = text(block, fields, "title");
		String permalink = text(block, fields, "permalink");
		if (title.isBlank()) {
			throw block.problem("title", "front matter has no 'title'");
		}
		if (permalink.isBlank()) {
			throw block.problem("permalink", "front matter has no 'permalink'");
		}
		if (!permalink.startsWith("/") || permalink.contains("..") || permalink.contains("//")
				|| !permalink.matches("[A-Za-z0-9/._~-]+")) {
			throw block.problem("permalink",
					"permalink '" + permalink + "' must be a path such as /about-us/ (letters, digits, '-', '/')");
		}
		String normalised = permalink.endsWith("/") ? permalink : permalink + "/";
		String reserved = reservedBy(normalised);
		if (reserved != null) {
			throw block.problem("permalink", "permalink '" + permalink + "' is " + reserved + ": choose another path");
		}
		FrontMatter frontMatter = new FrontMatter(title.strip(), normalised, text(block, fields, "description").strip(),
				text(block, fields, "third_nav_title").strip(),
				orDefault(text(block, fields, "variant").strip(), "markdown"));
		return new Split(frontMatter, split.body(), split.bodyFirstLine());
	}

	/** Paths the site itself answers: "/" leads to site.yml's home; folders serve files and the stylesheet. */
	private static String reservedBy(String permalink) {
		if (permalink.equals("/")) {
			return "the site's address, which leads to the page set as 'home' in site.yml";
		}
		for (String folder : List.of("/images/", "/files/", "/assets/")) {
			if (permalink.toLowerCase(Locale.ROOT).startsWith(folder)) {
				return "inside " + folder + ", where the site serves files rather than pages";
			}
		}
		return null;
	}

	private static String text(YamlBlock block, Map<?, ?> fields, String key) {
		Object value = fields.get(key);
		if (value == null) {
			return "";
		}
		if (value instanceof Map || value instanceof Iterable) {
			throw block.problem(key, "front matter '" + key + "' must be plain text");
		}
		return value.toString();
	}

	private static String orDefault(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

}
