package sg.gov.tech.efforts.content;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ResourceUtils;

/**
 * Reads a content root (a classpath folder or a plain folder) into a {@link Site}: every Markdown page under it and
 * its {@code site.yml}, falling back to the built-in settings when the root has none.
 */
public final class ContentLoader {

	/** The built-in content root, inside the jar. */
	public static final String EMBEDDED_ROOT = "classpath:content/";

	static final String SETTINGS_FILE = "site.yml";

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final SiteSettingsParser settingsParser = new SiteSettingsParser();

	private final boolean preview;

	/** A loader for the public site: editor notes hidden. */
	public ContentLoader() {
		this(false);
	}

	/**
	 * @param preview whether pages show editor notes, highlighted, for editors checking content
	 */
	public ContentLoader(boolean preview) {
		this.preview = preview;
	}

	/**
	 * Loads and validates a whole content root.
	 * @param location {@code classpath:...}, {@code file:...} or a plain folder path
	 * @return the site, with the warnings editors should look at
	 * @throws ContentException naming the file, line and problem of the first thing that cannot be served (and listing
	 * the others)
	 */
	public Site load(String location) {
		String root = rootOf(location);
		Settings settings = settings(root);
		ValidationReport report = new ValidationReport();
		ContentValidator validator = new ContentValidator(report);
		List<Page> pages = pages(root, new PageParser(settings.parsed().crossLinks(), this.preview,
				ImageSizes.in(this.resolver, root)), validator, report);
		Site site = new Site(settings.parsed(), pages);
		try {
			site.route(settings.parsed().home());
		}
		catch (PageNotFoundException ex) {
			if (settings.own()) {
				throw settings.problem("home",
						"'home' is " + settings.parsed().home() + " but no page has that permalink");
			}
			// a folder of pages without settings of its own: "/" leads to its first page
			site = new Site(settings.parsed().withHome(site.pages().get(0).permalink()), pages);
		}
		validator.checkTargets(site, (path) -> this.resolver.getResource(root + path).isReadable());
		report.throwIfErrors();
		return new Site(site.settings(), pages, this.preview, report.warnings());
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

	}

	/** The root's own {@code site.yml}, else the built-in one; parsed before the pages, which use its cross links. */
	private Settings settings(String root) {
		Resource resource = this.resolver.getResource(root + SETTINGS_FILE);
		boolean own = resource.exists();
		if (!own) {
			resource = this.resolver.getResource(EMBEDDED_ROOT + SETTINGS_FILE);
		}
		String text = read(SETTINGS_FILE, resource);
		Settings settings = new Settings(this.settingsParser.parse(SETTINGS_FILE, text), own, text);
		ShareImage image = settings.parsed().shareImage();
		if (image.local() && !this.resolver.getResource(root + image.url().substring(1)).exists()) {
			if (own) {
				throw settings.problem("share_image",
						"'share_image' is " + image.url() + " but the content folder has no such file");
			}
			// the built-in settings name the jar's own picture, which a folder of pages does not serve
			settings = new Settings(settings.parsed().withoutShareImage(), false, text);
		}
		return settings;
	}

	/** Every page of the root; each page's first error is reported, and all of them stop the load together. */
	private List<Page> pages(String root, PageParser parser, ContentValidator validator, ValidationReport report) {
		List<Page> pages = new ArrayList<>();
		for (Resource resource : resources(root, "**/*.md")) {
			String name = relativeName(root, resource);
			if (isIgnored(name)) {
				continue;
			}
			try {
				pages.add(parser.parse(name, read(name, resource), lastModified(resource), validator));
			}
			catch (ContentException ex) {
				report.error(ex);
			}
		}
		report.throwIfErrors();
		if (pages.isEmpty()) {
			throw new ContentException(root, 1, "the content folder holds no Markdown (.md) pages");
		}
		return pages;
	}

	/**
	 * @param location the content location, as {@link #load(String)} takes it
	 * @return the folder it names, or empty when the content is on the classpath (built into the application)
	 */
	public static Optional<Path> folderOf(String location) {
		String root = rootOf(location);
		if (!root.startsWith(ResourceUtils.FILE_URL_PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ResourceUtils.getFile(root).toPath().toAbsolutePath().normalize());
		}
		catch (FileNotFoundException ex) {
			return Optional.empty();
		}
	}

	/** A plain folder path means a folder; prefixes such as {@code classpath:} and {@code file:} pass through. */
	public static String rootOf(String location) {
		String root = location.contains(":") && !location.matches("^[A-Za-z]:[\\\\/].*") ? location
				: "file:" + location;
		return root.endsWith("/") ? root : root + "/";
	}

	/**
	 * Files or folders whose name starts with '_' or '.' (Jekyll's {@code _data/}, {@code .github/}), README.md files
	 * and anything in the served {@code images/} and {@code files/} folders are not pages.
	 */
	private static boolean isIgnored(String name) {
		if (ContentFiles.FOLDERS.stream().anyMatch(name::startsWith)) {
			return true;
		}
		for (String segment : name.split("/")) {
			if (segment.startsWith("_") || segment.startsWith(".")) {
				return true;
			}
		}
		return name.substring(name.lastIndexOf('/') + 1).equalsIgnoreCase("README.md");
	}

	private Resource[] resources(String root, String pattern) {
		try {
			return this.resolver.getResources(root + pattern);
		}
		catch (IOException ex) {
			throw new ContentException(root, 1, "the content folder cannot be read: " + ex.getMessage(), ex);
		}
	}

	private String relativeName(String root, Resource resource) {
		try {
			String rootUrl = this.resolver.getResource(root).getURL().toString();
			String url = resource.getURL().toString();
			return url.startsWith(rootUrl) ? url.substring(rootUrl.length()) : resource.getFilename();
		}
		catch (IOException ex) {
			return resource.getFilename();
		}
	}

	private static String read(String name, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(name, 1, "the file cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static Instant lastModified(Resource resource) {
		try {
			return Instant.ofEpochMilli(resource.lastModified());
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
