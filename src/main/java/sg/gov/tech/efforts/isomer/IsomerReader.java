package sg.gov.tech.efforts.isomer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import sg.gov.tech.efforts.body.BodyPipeline;
import sg.gov.tech.efforts.body.ImageSizes;
import sg.gov.tech.efforts.body.LinkChecker;
import sg.gov.tech.efforts.body.LiquidRenderer;
import sg.gov.tech.efforts.body.PageLinks;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Footer;
import sg.gov.tech.efforts.model.HomeSection;
import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.NavItem;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageCollection;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.ResourceRoom;
import sg.gov.tech.efforts.model.ShareImage;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.SiteSettings;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;
import sg.gov.tech.efforts.source.BrandSettings;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.FileCache;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Reads an Isomer repository (a folder with {@code _config.yml}) into a {@link Site}, as Jekyll would publish it:
 * every page, collection document and post with front matter at its URL; collections with their side navigation;
 * resource rooms with their lists; the homepage's sections; the header and footer of {@code _data/}. A file that
 * cannot be published, or whose URL the application answers itself, is left out with an error; a reload parses again
 * only the files that changed.
 */
public final class IsomerReader {

	/** Folders starting with '_' that are Jekyll's own, never collections. */
	private static final Set<String> NOT_COLLECTIONS = Set.of("data", "includes", "layouts", "plugins", "posts",
			"site", "sass", "drafts");

	/** The agency's own Sass, which Isomer compiles to {@code /misc/custom.css}. */
	static final String CUSTOM_STYLES = "misc/custom.scss";

	private final FileCache<Optional<FileHead>> heads = new FileCache<>();

	private final FileCache<ParsedFile> files = new FileCache<>();

	private final boolean preview;

	private final boolean strict;

	/**
	 * @param preview whether pages show editor notes, highlighted, for editors checking content
	 * @param strict whether a link that leads nowhere is an error rather than a warning
	 */
	public IsomerReader(boolean preview, boolean strict) {
		this.preview = preview;
		this.strict = strict;
	}

	/** @return whether a content root is an Isomer repository */
	public static boolean reads(ContentRoot root) {
		return root.exists(JekyllConfig.FILE);
	}

	/**
	 * Reads the whole repository, every URL free.
	 * @param root the repository
	 * @return the site, with every problem the load found
	 * @throws ContentException when {@code _config.yml} is invalid or no page at all can be published
	 */
	public Site read(ContentRoot root) {
		return read(root, ReservedPaths.NONE);
	}

	/**
	 * Reads the whole repository.
	 * @param root the repository
	 * @param reserved the paths the application answers itself, which no page may take
	 * @return the site, with every problem the load found
	 * @throws ContentException when {@code _config.yml} is invalid or no page at all can be published
	 */
	public Site read(ContentRoot root, ReservedPaths reserved) {
		List<String> names = root.files();
		String configText = root.text(JekyllConfig.FILE);
		ValidationReport report = new ValidationReport();
		JekyllConfig config = JekyllConfig.parse(configText, report);
		SiteData data = SiteData.read(root, names, report);
		Map<String, JekyllConfig.CollectionConfig> collections = collections(root, names, config, report);
		JekyllFiles jekyll = new JekyllFiles(config, collections.keySet());
		ImageSizes images = ImageSizes.in(root, names);
		BodyPipeline bodies = new BodyPipeline(List.of(), this.preview, images);
		IsomerFileParser parser = new IsomerFileParser(config, bodies, data);
		// a page shows its images' sizes and the versions of their copies: it is parsed again when one changes
		String context = FileCache.digestOf(() -> configText + data.digest() + includes(root, names) + this.preview
				+ ImageSizes.digest(root, names));
		List<FileHead> heads = new ArrayList<>();
		Set<String> staticFiles = new HashSet<>();
		Set<String> sources = new HashSet<>();
		for (String name : names) {
			JekyllFiles.Source source = jekyll.classify(name);
			switch (source.kind()) {
				case PAGE, DOCUMENT, POST -> {
					sources.add(name);
					FileCache.Entry<Optional<FileHead>> entry = this.heads.parse(name, root.stamp(name),
							() -> root.read(name), context, (bytes, problems) -> parser.head(source, text(bytes), problems));
					report.addAll(entry.problems());
					entry.result().or(entry::lastGood).flatMap((head) -> head).ifPresent(heads::add);
					if (entry.result().isPresent() && entry.result().get().isEmpty() && isServable(name)) {
						staticFiles.add("/" + name);
					}
				}
				case STATIC -> {
					if (isServable(name)) {
						staticFiles.add("/" + name);
					}
				}
				default -> {
				}
			}
		}
		this.heads.retainOnly(sources);
		// a page whose Liquid reads site.pages, site.posts or a collection depends on every page's front matter
		LiquidSite liquidSite = LiquidSite.of(config, configText, data, heads, collections.keySet());
		LiquidRenderer liquid = new LiquidRenderer((include) -> read(root, "_includes/" + include));
		// bodies render on every core; the cache makes a reload render only those whose inputs changed
		List<FileCache.Entry<ParsedFile>> rendered = heads.parallelStream().map((head) -> {
			String name = head.source().name();
			String bodyContext = context + (liquidSite.readsListings(head.body()) ? liquidSite.digest() : "");
			return this.files.parse(name, root.stamp(name), () -> root.read(name), bodyContext,
					(bytes) -> root.changed(name, bytes),
					(bytes, changed, problems) -> parser.parse(head, liquid, liquidSite.variables(), changed, problems));
		}).toList();
		List<ParsedFile> parsed = new ArrayList<>();
		for (FileCache.Entry<ParsedFile> entry : rendered) {
			report.addAll(entry.problems());
			entry.result().or(entry::lastGood).ifPresent(parsed::add);
		}
		this.files.retainOnly(sources);
		List<ParsedFile> published = JekyllWinners.of(withoutReserved(parsed, reserved, report), collections, report);
		if (published.stream().noneMatch((file) -> file.page().isPresent())) {
			report.throwIfErrors();
			throw new ContentException(JekyllConfig.FILE, 1, "the repository has no page with front matter to publish");
		}
		Map<String, String> navTitles = NavigationTitles.of(data.map("navigation"));
		List<PageCollection> builtCollections = new ArrayList<>();
		List<Page> pages = CollectionPages.place(published, collections, navTitles, builtCollections);
		ResourceRooms.Found found = ResourceRooms.of(published, config, navTitles);
		List<ResourceRoom> rooms = found.rooms();
		// a room's and its categories' index.html are its lists, at their URLs
		pages = pages.stream().filter((page) -> !found.indexPages().contains(page.source())).toList();
		Optional<ResourceRoom> room = rooms.stream().filter((candidate) -> candidate.name().equals(config.resourcesName()))
			.findFirst()
			.or(() -> rooms.stream().findFirst());
		pages = pages.stream().map((page) -> withLatestPosts(page, room)).toList();
		YamlBlock configBlock = new YamlBlock(JekyllConfig.FILE, configText, 1);
		Map<?, ?> configFields = configBlock.load("site configuration");
		SiteSettings settings = settings(root, config, data, pages, builtCollections, room, report)
			.withBrand(BrandSettings.brand(configBlock, configFields, report), BrandSettings.government(configFields));
		if (names.contains(CUSTOM_STYLES)) {
			report.warn(CUSTOM_STYLES, 1, "the agency's own Sass styles are not compiled or served (no Sass compiler "
					+ "runs in this server): pages keep the site's own styles, and content that relies on this file's "
					+ "classes looks plain; move what matters into the pages' HTML or Markdown");
		}
		Site site = new Site(settings, pages, builtCollections, rooms, staticFiles, this.preview, List.of(),
				List.of());
		List<PageLinks> links = published.stream()
			.filter((file) -> file.page().isPresent() && !found.indexPages().contains(file.source().name()))
			.map(ParsedFile::links)
			.toList();
		LinkChecker.check(site, links, site::hasFile, report, this.strict);
		return new Site(settings, pages, builtCollections, rooms, staticFiles, images, this.preview, report.warnings(),
				report.errors());
	}

	/** A file whose page, or a list it appears in, would stand where the application answers is left out. */
	private static List<ParsedFile> withoutReserved(List<ParsedFile> parsed, ReservedPaths reserved,
			ValidationReport report) {
		List<ParsedFile> kept = new ArrayList<>();
		for (ParsedFile file : parsed) {
			List<String> urls = new ArrayList<>(ResourceRooms.listUrls(file));
			file.page().ifPresent((page) -> {
				urls.add(page.permalink());
				if (page.sectionPages()) {
					page.sections().forEach((section) -> urls.add(page.urlOf(section)));
				}
			});
			Layout layout = file.page().map(Page::layout).orElse(Layout.PAGE);
			Optional<String> claim = urls.stream()
				.flatMap((url) -> reserved.claimedBy(url, layout)
					.map((segment) -> ReservedPaths.problem(url, segment))
					.stream())
				.findFirst();
			claim.ifPresentOrElse((problem) -> report.error(file.source().name(), file.urlLine(), problem),
					() -> kept.add(file));
		}
		return kept;
	}

	/** Every {@code _folder/} with files is a collection, ordered by its {@code collection.yml} if it has one. */
	private static Map<String, JekyllConfig.CollectionConfig> collections(ContentRoot root, List<String> names,
			JekyllConfig config, ValidationReport report) {
		Map<String, JekyllConfig.CollectionConfig> collections = new LinkedHashMap<>(config.collections());
		for (String name : names) {
			int slash = name.indexOf('/');
			if (!name.startsWith("_") || slash < 0) {
				continue;
			}
			String collection = name.substring(1, slash);
			if (NOT_COLLECTIONS.contains(collection) || collections.containsKey(collection)
					&& !name.endsWith("/collection.yml")) {
				continue;
			}
			collections.putIfAbsent(collection, new JekyllConfig.CollectionConfig(true, "", List.of()));
			if (name.equals("_" + collection + "/collection.yml")) {
				collections.put(collection, CollectionFile.read(name, root.text(name), collection,
						collections.get(collection), report));
			}
		}
		return collections;
	}

	/** The {@code _includes/} files pages may include: a change to one means rendering the pages again. */
	private static String includes(ContentRoot root, List<String> names) {
		return FileCache.digestOf(() -> names.stream()
			.filter((name) -> name.startsWith("_includes/"))
			.map((name) -> name + "\n" + root.text(name))
			.collect(Collectors.joining("\n")));
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static Optional<String> read(ContentRoot root, String name) {
		return (!name.contains("..") && root.exists(name)) ? Optional.of(root.text(name)) : Optional.empty();
	}

	/** The homepage's "latest news" section lists the resource room's newest posts. */
	private static Page withLatestPosts(Page page, Optional<ResourceRoom> room) {
		if (!(page.details() instanceof PageDetails.HomepageDetails home) || room.isEmpty()) {
			return page;
		}
		List<HomeSection> sections = home.sections().stream().map((section) -> (section instanceof HomeSection.Resources latest)
				? new HomeSection.Resources(latest.subtitle(), latest.title().isEmpty() ? room.get().title() : latest.title(),
						room.get().posts().stream().limit(3).toList(),
						new HomeSection.Action(latest.action().text(), new Url(room.get().url())))
				: section).toList();
		return page.withDetails(new PageDetails.HomepageDetails(sections, home.notification()));
	}

	private static SiteSettings settings(ContentRoot root, JekyllConfig config, SiteData data, List<Page> pages,
			List<PageCollection> collections, Optional<ResourceRoom> room, ValidationReport report) {
		Map<?, ?> navigation = data.map("navigation");
		Map<?, ?> footer = data.map("footer");
		String home = pages.stream().anyMatch((page) -> page.permalink().equals("/")) ? "/"
				: pages.stream().map(Page::permalink).sorted().findFirst().orElse("/");
		String copyright = Yaml.text(footer, "copyright_agency");
		Addresses settingsAddresses = new Addresses(config.source(), report);
		ShareImage share = ShareImage.NONE;
		Url image = settingsAddresses.read("share image (shareicon)", config.shareImage());
		if (!image.isEmpty() && (!image.local() || root.exists(image.text().substring(1)))) {
			share = new ShareImage(image, config.title());
		}
		Url favicon = settingsAddresses.read("favicon", config.favicon());
		favicon = (favicon.local() && root.exists(favicon.text().substring(1))) ? favicon : Url.NONE;
		Addresses navigationAddresses = new Addresses(data.block("navigation"), report);
		return new SiteSettings(config.title().isEmpty() ? "Isomer site" : config.title(), home,
				NavigationReader.header(navigation, collections, room,
						(problem) -> report.warn(SiteData.FOLDER + "navigation.yml", 1, problem), navigationAddresses),
				footer(footer, collections, room, report, new Addresses(data.block("footer"), report)),
				copyright.isEmpty() ? config.title() : copyright, share, List.of(),
				navigationAddresses.read("logo", Yaml.text(navigation, "logo")), favicon);
	}

	/** The footer's links, and its own sitemap where {@code footer.yml} lists {@code navlinks} as the navigation does. */
	private static Footer footer(Map<?, ?> footer, List<PageCollection> collections, Optional<ResourceRoom> room,
			ValidationReport report, Addresses addresses) {
		Footer links = NavigationReader.footer(footer, addresses);
		if (Yaml.maps(footer, "navlinks").isEmpty()) {
			return links;
		}
		List<NavItem> sitemap = NavigationReader.header(Map.of("links", footer.get("navlinks")), collections, room,
				(problem) -> report.warn(SiteData.FOLDER + "footer.yml", 1, problem.replace("navigation's", "footer's")),
				addresses);
		return new Footer(links.links(), links.legal(), links.social(), sitemap);
	}

	/** Files visitors may fetch: no settings or sources (Sass is Jekyll's input for CSS), nothing hidden. */
	private static boolean isServable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.endsWith(".md") && !lower.endsWith(".markdown") && !lower.endsWith(".yml")
				&& !lower.endsWith(".yaml") && !lower.endsWith(".scss") && !lower.endsWith(".sass")
				&& Arrays.stream(name.split("/"))
					.noneMatch((segment) -> segment.startsWith(".") || segment.startsWith("_"));
	}

	/** Which of the titles the navigation gives collections and the resource room. */
	static final class NavigationTitles {

		static final String RESOURCE_ROOM = "";

		private NavigationTitles() {
		}

		static Map<String, String> of(Map<?, ?> navigation) {
			Map<String, String> titles = new LinkedHashMap<>();
			for (Map<?, ?> link : Yaml.maps(navigation, "links")) {
				String collection = Yaml.text(link, "collection");
				if (!collection.isEmpty()) {
					titles.putIfAbsent(collection, Yaml.text(link, "title"));
				}
				else if (Yaml.flag(link, "resource_room")) {
					titles.putIfAbsent(RESOURCE_ROOM, Yaml.text(link, "title"));
				}
			}
			return titles;
		}

	}

}
