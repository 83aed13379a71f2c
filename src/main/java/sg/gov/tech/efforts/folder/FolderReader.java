package sg.gov.tech.efforts.folder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.body.ImageSizes;
import sg.gov.tech.efforts.body.LinkChecker;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.ContentFiles;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.SiteSettings;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.source.BrandSettings;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.FileCache;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Reads a content root of the project's own format into a {@link Site}: every Markdown page under it and its
 * {@code site.yml}, falling back to the built-in settings when the root has none. A page that cannot be served, or
 * whose URL the application answers itself, is left out with an error; a reload parses again only the files that
 * changed.
 */
public final class FolderReader {

	static final String SETTINGS_FILE = "site.yml";

	private final SiteSettingsParser settingsParser = new SiteSettingsParser();

	private final FileCache<PageParser.Parsed> pages = new FileCache<>();

	private final boolean preview;

	private final boolean strict;

	/**
	 * @param preview whether pages show editor notes, highlighted, for editors checking content
	 * @param strict whether a link that leads nowhere is an error rather than a warning
	 */
	public FolderReader(boolean preview, boolean strict) {
		this.preview = preview;
		this.strict = strict;
	}

	/**
	 * Reads the whole root, every URL free.
	 * @param root the content root
	 * @return the site, with every problem the load found
	 * @throws ContentException when the settings are invalid or no page at all can be served
	 */
	public Site read(ContentRoot root) {
		return read(root, ReservedPaths.NONE);
	}

	/**
	 * Reads the whole root.
	 * @param root the content root
	 * @param reserved the paths the application answers itself, which no page may take
	 * @return the site, with every problem the load found
	 * @throws ContentException when the settings are invalid or no page at all can be served
	 */
	public Site read(ContentRoot root, ReservedPaths reserved) {
		List<String> files = root.files();
		ValidationReport report = new ValidationReport();
		Settings settings = settings(root, report);
		ImageSizes images = ImageSizes.in(root, files);
		// a page shows its images' sizes and the versions of their copies: it is parsed again when one changes
		String context = settings.digest() + ImageSizes.digest(root, files) + this.preview;
		PageParser parser = new PageParser(settings.parsed().crossLinks(), this.preview, images);
		List<String> sources = files.stream().filter((name) -> name.endsWith(".md") && !isIgnored(name)).toList();
		// pages parse on every core; the cache makes a reload parse only those whose bytes changed
		List<FileCache.Entry<PageParser.Parsed>> entries = sources.parallelStream()
			.map((name) -> this.pages.parse(name, root.stamp(name), () -> root.read(name), context,
					(bytes) -> root.changed(name, bytes),
					(bytes, changed, problems) -> parser.parse(name, text(bytes), changed, problems)))
			.toList();
		Map<String, PageParser.Parsed> parsed = new LinkedHashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			FileCache.Entry<PageParser.Parsed> entry = entries.get(i);
			report.addAll(entry.problems());
			String name = sources.get(i);
			entry.result().or(entry::lastGood).ifPresent((page) -> parsed.put(name, page));
		}
		this.pages.retainOnly(Set.copyOf(sources));
		List<PageParser.Parsed> kept = withoutClashes(parsed.values(), reserved, report);
		if (kept.isEmpty()) {
			report.throwIfErrors();
			throw new ContentException(root.location(), 1, "the content folder holds no Markdown (.md) pages");
		}
		List<Page> pages = kept.stream().map(PageParser.Parsed::page).toList();
		YamlBlock settingsBlock = new YamlBlock(SETTINGS_FILE, settings.text(), 1);
		Map<?, ?> settingsFields = settingsBlock.load("site settings");
		SiteSettings siteSettings = home(settings, pages, report).withBrand(
				BrandSettings.brand(settingsBlock, settingsFields, report), BrandSettings.government(settingsFields));
		Site site = new Site(siteSettings, pages);
		LinkChecker.check(site, kept.stream().map(PageParser.Parsed::links).toList(),
				(path) -> isFile(root, path), report, this.strict);
		Set<String> served = files.stream().filter(ContentFiles::servableFromRoot).map((name) -> "/" + name)
			.collect(Collectors.toSet());
		return new Site(siteSettings, pages, List.of(), List.of(), served, images, this.preview, report.warnings(),
				report.errors());
	}

	/**
	 * A page whose URL (or one of its sections' URLs) another page already has, or the application answers itself, is
	 * left out, with an error.
	 */
	private static List<PageParser.Parsed> withoutClashes(Collection<PageParser.Parsed> parsed, ReservedPaths reserved,
			ValidationReport report) {
		Map<String, Page> taken = new LinkedHashMap<>();
		List<PageParser.Parsed> kept = new ArrayList<>();
		for (PageParser.Parsed candidate : parsed) {
			Page page = candidate.page();
			List<String> urls = new ArrayList<>(List.of(page.permalink()));
			page.sections().forEach((section) -> urls.add(page.urlOf(section)));
			Optional<String> claim = urls.stream().flatMap((url) -> reserved.claimedBy(url, page.layout())
				.map((segment) -> ReservedPaths.problem(url, segment)).stream()).findFirst();
			if (claim.isPresent()) {
				report.error(page.source(), candidate.permalinkLine(), claim.get());
				continue;
			}
			String clash = urls.stream().filter((url) -> taken.containsKey(Site.key(url))).findFirst().orElse(null);
			if (clash != null) {
				report.error(page.source(), 2, "its URL " + clash + " is already taken by "
						+ taken.get(Site.key(clash)).source() + ": give one of them another permalink or heading");
				continue;
			}
			urls.forEach((url) -> taken.put(Site.key(url), page));
			kept.add(candidate);
		}
		return kept;
	}

	/** Where "/" leads: the settings' home, or for a folder without settings of its own its first page. */
	private static SiteSettings home(Settings settings, List<Page> pages, ValidationReport report) {
		Site site = new Site(settings.parsed(), pages);
		try {
			site.route(settings.parsed().home());
			return settings.parsed();
		}
		catch (PageNotFoundException ex) {
			String first = site.pages().get(0).permalink();
			if (settings.own()) {
				ContentException problem = settings.problem("home",
						"'home' is " + settings.parsed().home() + " but no page has that permalink");
				report.error(problem);
			}
			return settings.parsed().withHome(first);
		}
	}

	/**
	 * The settings a load uses.
	 * @param parsed the settings
	 * @param own whether they come from the content root's own {@code site.yml} (else the built-in one)
	 * @param text the settings file's text, for messages naming its lines
	 */
	private record Settings(SiteSettings parsed, boolean own, String text) {

		ContentException problem(String key, String problem) {
			return new YamlBlock(SETTINGS_FILE, this.text, 1).problem(key, problem);
		}

		String digest() {
			return FileCache.digestOf(() -> this.own + this.text);
		}

	}

	/** The root's own {@code site.yml}, else the built-in one; parsed before the pages, which use its cross links. */
	private Settings settings(ContentRoot root, ValidationReport report) {
		boolean own = root.exists(SETTINGS_FILE);
		ContentRoot source = own ? root : ContentRoot.of(SiteProperties.Content.EMBEDDED);
		String text = source.text(SETTINGS_FILE);
		Settings settings = new Settings(this.settingsParser.parse(SETTINGS_FILE, text, report), own, text);
		ShareImage image = settings.parsed().shareImage();
		if (image.local() && !root.exists(image.url().text().substring(1))) {
			if (own) {
				throw settings.problem("share_image",
						"'share_image' is " + image.url() + " but the content folder has no such file");
			}
			// the built-in settings name the jar's own picture, which a folder of pages does not serve
			settings = new Settings(settings.parsed().withoutShareImage(), false, text);
		}
		return settings;
	}

	/** Image sizes go into pages: a changed image means parsing the pages again. */

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static boolean isFile(ContentRoot root, String path) {
		String name = path.substring(1);
		return ContentFiles.servableFromRoot(name) && root.exists(name);
	}

	/**
	 * Files or folders whose name starts with '_' or '.' (Jekyll's {@code _data/}, {@code .github/}), README.md files
	 * and anything in the served {@code images/} and {@code files/} folders are not pages.
	 */
	static boolean isIgnored(String name) {
		if (ContentFiles.FOLDERS.stream().anyMatch(name::startsWith)) {
			return true;
		}
		for (String segment : name.split("/")) {
			if (segment.startsWith("_") || segment.startsWith(".")) {
				return true;
			}
		}
		return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals("readme.md");
	}

}
