package sg.gov.tech.efforts.isomer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL Jekyll gives a page, a collection document or a post: its own {@code permalink}, else the template of its
 * collection or of the site's {@code permalink} style, placeholders filled in. URLs are kept decoded (a space is a
 * space), as requests are matched once decoded.
 */
final class JekyllUrls {

	private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

	/** What Jekyll's "pretty" slugs replace: anything but letters, digits and {@code ._~!$&'()+,;=@}. */
	private static final Pattern NOT_PRETTY = Pattern.compile("[^\\p{L}\\p{N}._~!$&'()+,;=@]+");

	private final JekyllConfig config;

	JekyllUrls(JekyllConfig config) {
		this.config = config;
	}

	/**
	 * @param source the file
	 * @param permalink its front matter's {@code permalink}; empty for none
	 * @param categories for a post, its categories (from its folders and front matter)
	 * @param date for a post, its date
	 * @return its URL
	 */
	String of(JekyllFiles.Source source, String permalink, List<String> categories, LocalDate date) {
		Map<String, String> values = new LinkedHashMap<>();
		String folder = source.folder();
		// a document's :path is its path within the collection; a page's is its folder
		String inFolder = folder.isEmpty() ? "" : "/" + folder;
		values.put("path", (source.kind() == JekyllFiles.Kind.DOCUMENT) ? inFolder + "/" + source.basename() : inFolder);
		values.put("basename", source.basename());
		values.put("output_ext", ".html");
		values.put("collection", source.collection());
		values.put("categories", String.join("/", categories.stream()
			.map((category) -> category.toLowerCase(Locale.ROOT))
			.distinct()
			.toList()));
		String title = (source.kind() == JekyllFiles.Kind.POST) ? source.slug() : source.basename();
		values.put("title", pretty(title));
		values.put("slug", pretty(title));
		values.put("name", pretty(source.basename()));
		if (date != null) {
			values.put("year", String.valueOf(date.getYear()));
			values.put("month", String.format("%02d", date.getMonthValue()));
			values.put("day", String.format("%02d", date.getDayOfMonth()));
			values.put("i_month", String.valueOf(date.getMonthValue()));
			values.put("i_day", String.valueOf(date.getDayOfMonth()));
			values.put("short_year", String.format("%02d", date.getYear() % 100));
			values.put("y_day", String.format("%03d", date.getDayOfYear()));
		}
		String template = permalink.isBlank() ? template(source) : permalink.strip();
		return sanitise(fill(template, values));
	}

	private String template(JekyllFiles.Source source) {
		String style = this.config.permalink().isEmpty() ? "date" : this.config.permalink();
		return switch (source.kind()) {
			case POST -> switch (style) {
				case "none" -> "/:categories/:title:output_ext";
				case "pretty" -> "/:categories/:year/:month/:day/:title/";
				case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
				case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
				default -> style;
			};
			case DOCUMENT -> {
				JekyllConfig.CollectionConfig collection = this.config.collections().get(source.collection());
				String own = (collection != null) ? collection.permalink() : "";
				yield own.isEmpty() ? withSuffix("/:collection/:path") : own;
			}
			default -> source.basename().equals("index") && isHtml(source) ? "/:path/"
					: withSuffix("/:path/:basename");
		};
	}

	/** A page's template ends as the site's style says: a slash for "pretty", else the output extension. */
	private String withSuffix(String template) {
		return template + (this.config.prettyUrls() ? "/" : ":output_ext");
	}

	private static boolean isHtml(JekyllFiles.Source source) {
		return !source.name().endsWith(".txt");
	}

	private static String fill(String template, Map<String, String> values) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder url = new StringBuilder();
		while (placeholder.find()) {
			String value = values.get(placeholder.group(1));
			placeholder.appendReplacement(url, Matcher.quoteReplacement((value != null) ? value : placeholder.group()));
		}
		placeholder.appendTail(url);
		return url.toString();
	}

	/** As Jekyll's URL sanitising: one leading slash, no empty or dot segments. */
	private static String sanitise(String url) {
		return ("/" + url).replaceAll("/\\.{1,2}/", "/").replaceAll("/+", "/");
	}

	/** Jekyll's "pretty" slug, case kept: runs of other characters become one hyphen, none at either end. */
	static String pretty(String text) {
		return NOT_PRETTY.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
	}

}
