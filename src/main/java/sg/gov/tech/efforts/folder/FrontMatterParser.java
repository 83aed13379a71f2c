package sg.gov.tech.efforts.folder;

import java.util.Map;
import java.util.Optional;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.FrontMatter;
import sg.gov.tech.efforts.model.Permalinks;
import sg.gov.tech.efforts.source.FrontMatterBlock;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Splits a page of the project's own format into its YAML front matter and its Markdown body, and checks the fields
 * every page needs; a text over its limit is cut, with a warning.
 */
final class FrontMatterParser {

	/**
	 * A page source split in two.
	 *
	 * @param frontMatter the validated front matter
	 * @param body the Markdown after the closing fence
	 * @param bodyFirstLine the 1-based line of the file on which the body starts
	 * @param permalinkLine the line of the permalink, for problems with the page's URL
	 */
	record Split(FrontMatter frontMatter, String body, int bodyFirstLine, int permalinkLine) {
	}

	Split parse(String file, String source) {
		return parse(file, source, new ValidationReport());
	}

	Split parse(String file, String source, ValidationReport report) {
		FrontMatterBlock split = FrontMatterBlock.of(file, source)
			.orElseThrow(() -> new ContentException(file, 1,
					"the file must start with a '---' line opening the YAML front matter"));
		YamlBlock block = new YamlBlock(file, split.yaml(), split.yamlFirstLine());
		Map<?, ?> fields = block.load("front matter", report);
		String title = text(block, fields, "title");
		String permalink = text(block, fields, "permalink");
		if (title.isBlank()) {
			throw block.problem("title", "front matter has no 'title'");
		}
		if (permalink.isBlank()) {
			throw block.problem("permalink", "front matter has no 'permalink'");
		}
		Optional<String> refused = Permalinks.problem(permalink);
		if (refused.isPresent()) {
			throw block.problem("permalink", refused.get());
		}
		if (!permalink.startsWith("/") || permalink.contains("..") || permalink.contains("//")
				|| !permalink.matches("[A-Za-z0-9/._~-]+")) {
			throw block.problem("permalink",
					"permalink '" + permalink + "' must be a path such as /about-us/ (letters, digits, '-', '/')");
		}
		String normalised = permalink.endsWith("/") ? permalink : permalink + "/";
		// the paths the application answers itself are refused once every page is read (FolderReader)
		if (normalised.equals("/")) {
			throw block.problem("permalink", "permalink '" + permalink + "' is the site's address, which leads to the "
					+ "page set as 'home' in site.yml: choose another path");
		}
		FrontMatter frontMatter = new FrontMatter(title.strip(), normalised, text(block, fields, "description").strip(),
				text(block, fields, "third_nav_title").strip(),
				orDefault(text(block, fields, "variant").strip(), "markdown"));
		return new Split(frontMatter, split.body(), split.bodyFirstLine(), block.lineOf("permalink"));
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
