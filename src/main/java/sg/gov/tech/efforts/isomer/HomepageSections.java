package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import sg.gov.tech.efforts.model.HomeSection;
import sg.gov.tech.efforts.model.HomeSection.Action;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Reads an Isomer homepage's {@code sections:} into {@link HomeSection}s. A section or a key this does not know is a
 * warning naming its line, never shown to visitors; texts that may hold HTML pass the page-body sanitiser, and
 * addresses the URL policy.
 */
final class HomepageSections {

	private static final Map<String, Set<String>> KNOWN_KEYS = Map.of(
			"hero", Set.of("title", "subtitle", "background", "button", "url", "key_highlights", "dropdown", "variant",
					"alignment", "size", "backgroundColor", "id"),
			"infobar", Set.of("title", "subtitle", "description", "button", "url", "link", "id"),
			"infopic", Set.of("title", "subtitle", "description", "button", "url", "image", "alt", "id"),
			"infocols", Set.of("title", "subtitle", "url", "linktext", "infoboxes", "id"),
			"resources", Set.of("title", "subtitle", "button", "id"),
			"announcements", Set.of("title", "subtitle", "announcement_items", "announcements", "id"),
			"textcards", Set.of("title", "subtitle", "description", "cards", "id"));

	private final String file;

	private final YamlBlock frontMatter;

	private final Function<String, String> html;

	private final ValidationReport report;

	private final Addresses addresses;

	/**
	 * @param file the homepage's file
	 * @param frontMatter its front matter, for the lines of problems
	 * @param html renders a text that may hold Markdown or HTML to safe HTML
	 * @param report told about what is not understood
	 */
	HomepageSections(String file, YamlBlock frontMatter, Function<String, String> html, ValidationReport report) {
		this.file = file;
		this.frontMatter = frontMatter;
		this.html = html;
		this.report = report;
		this.addresses = new Addresses(frontMatter, report);
	}

	List<HomeSection> read(List<?> sections) {
		List<HomeSection> read = new ArrayList<>();
		int infopics = 0;
		for (Object item : sections) {
			if (!(item instanceof Map<?, ?> section) || section.size() != 1) {
				warn("a homepage section must be one key such as 'hero:' with its settings under it");
				continue;
			}
			String kind = String.valueOf(section.keySet().iterator().next());
			Map<?, ?> settings = (section.get(kind) instanceof Map<?, ?> map) ? map : Map.of();
			Set<String> known = KNOWN_KEYS.get(kind);
			if (known == null) {
				warn("the homepage section '" + kind + "' is not one Isomer knows; it is left out");
				continue;
			}
			settings.keySet().stream().map(String::valueOf).filter((key) -> !known.contains(key))
				.forEach((key) -> warn("the homepage section '" + kind + "' has no setting '" + key + "'; it is ignored"));
			read.add(switch (kind) {
				case "hero" -> hero(settings);
				case "infobar" -> new HomeSection.Infobar(Yaml.text(settings, "subtitle"), Yaml.text(settings, "title"),
						html(settings, "description"), action(settings, "button", "url", "link"));
				case "infopic" -> new HomeSection.Infopic(Yaml.text(settings, "subtitle"), Yaml.text(settings, "title"),
						html(settings, "description"), action(settings, "button", "url"),
						address(settings, "image", "infopic's image"), Yaml.text(settings, "alt"),
						(infopics++ % 2) == 1);
				case "infocols" -> new HomeSection.Infocols(Yaml.text(settings, "subtitle"),
						Yaml.text(settings, "title"), boxes(settings, "infoboxes"),
						action(settings, "linktext", "url"));
				case "resources" -> new HomeSection.Resources(Yaml.text(settings, "subtitle"),
						Yaml.text(settings, "title"), List.of(), new Action(
								orElse(Yaml.text(settings, "button"), "More"), Url.NONE));
				case "announcements" -> announcements(settings);
				default -> new HomeSection.Textcards(Yaml.text(settings, "subtitle"), Yaml.text(settings, "title"),
						html(settings, "description"), boxes(settings, "cards"));
			});
		}
		return read;
	}

	private HomeSection.Hero hero(Map<?, ?> settings) {
		List<HomeSection.Highlight> highlights = Yaml.maps(settings, "key_highlights").stream()
			.map((highlight) -> new HomeSection.Highlight(Yaml.text(highlight, "title"),
					Yaml.text(highlight, "description"), address(highlight, "url",
							"url of the key highlight '" + Yaml.text(highlight, "title") + "'")))
			.limit(4)
			.toList();
		Map<?, ?> dropdown = Yaml.map(settings, "dropdown").orElse(Map.of());
		List<Link> options = Yaml.maps(dropdown, "options").stream()
			.filter((option) -> !Yaml.text(option, "title").isEmpty() && !Yaml.text(option, "url").isEmpty())
			.map((option) -> new Link(Yaml.text(option, "title"), address(option, "url",
					"url of the hero's menu option '" + Yaml.text(option, "title") + "'")))
			.toList();
		String dropdownTitle = options.isEmpty() ? "" : orElse(Yaml.text(dropdown, "title"), "I want to...");
		return new HomeSection.Hero(Yaml.text(settings, "title"), Yaml.text(settings, "subtitle"),
				address(settings, "background", "hero's background"), action(settings, "button", "url"), dropdownTitle,
				options, highlights);
	}

	private HomeSection.Announcements announcements(Map<?, ?> settings) {
		String key = settings.containsKey("announcement_items") ? "announcement_items" : "announcements";
		List<HomeSection.Announcement> items = Yaml.maps(settings, key).stream()
			.map((item) -> new HomeSection.Announcement(Yaml.text(item, "title"), Yaml.text(item, "date"),
					html(item, "announcement"), action(item, "link_text", "link_url")))
			.toList();
		return new HomeSection.Announcements(Yaml.text(settings, "subtitle"), Yaml.text(settings, "title"), items);
	}

	private List<HomeSection.Box> boxes(Map<?, ?> settings, String key) {
		return Yaml.maps(settings, key).stream()
			.map((box) -> new HomeSection.Box(Yaml.text(box, "title"), html(box, "description"),
					action(box, "linktext", "url")))
			.limit(4)
			.toList();
	}

	/** A button: its text under the first key, where it leads under the first of the others that is set. */
	private Action action(Map<?, ?> settings, String textKey, String... urlKeys) {
		String text = Yaml.text(settings, textKey);
		for (String urlKey : urlKeys) {
			String url = Yaml.text(settings, urlKey);
			if (!url.isEmpty()) {
				String shown = text.isEmpty() ? "Learn more" : text;
				return new Action(shown, this.addresses.read(urlKey + " of the button '" + shown + "'", url));
			}
		}
		return Action.NONE;
	}

	private Url address(Map<?, ?> settings, String key, String field) {
		return this.addresses.read(field, Yaml.text(settings, key));
	}

	private String html(Map<?, ?> settings, String key) {
		String text = Yaml.text(settings, key);
		return text.isEmpty() ? "" : this.html.apply(text);
	}

	private void warn(String problem) {
		this.report.warn(this.file, this.frontMatter.lineOf("sections"), problem);
	}

	private static String orElse(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

}
