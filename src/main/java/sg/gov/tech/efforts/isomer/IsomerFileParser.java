package sg.gov.tech.efforts.isomer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import sg.gov.tech.efforts.body.BodyPipeline;
import sg.gov.tech.efforts.body.LiquidRenderer;
import sg.gov.tech.efforts.body.PageBody;
import sg.gov.tech.efforts.body.PageLinks;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.FrontMatter;
import sg.gov.tech.efforts.model.HomeSection;
import sg.gov.tech.efforts.model.Layout;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.PageNeeds;
import sg.gov.tech.efforts.model.Permalinks;
import sg.gov.tech.efforts.model.Placement;
import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.model.Slugs;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.source.Addresses;
import sg.gov.tech.efforts.source.FrontMatterBlock;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * Turns one page, collection document or post of an Isomer repository into what it publishes: its front matter
 * (with {@code _config.yml}'s defaults, every text within its limit), its URL, layout, body and, for layouts that show
 * more, their details. A URL that is no path of this site (a scheme, a host, {@code ..}, ...) leaves the page out.
 */
final class IsomerFileParser {

	/** Layouts whose posts lead to a file or another site rather than being pages. */
	private static final Set<String> ELSEWHERE = Set.of("file", "link");

	private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://");

	private final JekyllConfig config;

	private final JekyllUrls urls;

	private final BodyPipeline bodies;

	private final SiteData data;

	/**
	 * @param config the site's {@code _config.yml}
	 * @param bodies renders bodies
	 * @param data the site's {@code _data/} files (contact details, the footer's feedback form)
	 */
	IsomerFileParser(JekyllConfig config, BodyPipeline bodies, SiteData data) {
		this.config = config;
		this.urls = new JekyllUrls(config);
		this.bodies = bodies;
		this.data = data;
	}

	/**
	 * Reads a file's front matter.
	 * @param source the file, classified as a page, document or post
	 * @param text the file's text
	 * @param report told about what editors should look at
	 * @return what its front matter says; empty for a file without front matter that is no post (Jekyll copies it)
	 * @throws ContentException naming file, line and problem when the file cannot be published
	 */
	Optional<FileHead> head(JekyllFiles.Source source, String text, ValidationReport report) {
		String file = source.name();
		Optional<FrontMatterBlock> split = FrontMatterBlock.of(file, text);
		if (split.isEmpty()) {
			Optional<Integer> stray = FrontMatterBlock.strayClosingFence(text);
			if (stray.isPresent()) {
				throw new ContentException(file, 1, "the front matter has no opening '---' line (it closes on line "
						+ stray.get() + "): add '---' as the first line, or the page is not published");
			}
			if (source.kind() == JekyllFiles.Kind.POST) {
				throw new ContentException(file, 1, "the post has no front matter: start it with a '---' line, "
						+ "its title and permalink, and another '---' line");
			}
			return Optional.empty();
		}
		YamlBlock block = new YamlBlock(file, split.get().yaml(), split.get().yamlFirstLine());
		Map<String, Object> written = new LinkedHashMap<>(this.config.defaultsFor(file, source.type()));
		if (!split.get().yaml().isBlank()) {
			block.load("front matter").forEach((key, value) -> written.put(String.valueOf(key), value));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) block.bounded(written, report);
		LocalDate date = date(fields).orElse(source.date().orElse(null));
		String permalink = Yaml.text(fields, "permalink");
		String url = this.urls.of(source, permalink, source.categories(), date);
		Optional<String> refused = Permalinks.problem(permalink).or(() -> Permalinks.problem(url));
		if (refused.isPresent() && !linkPost(source, fields)) {
			if (source.kind() != JekyllFiles.Kind.POST || elsewhere(fields).isEmpty()) {
				throw new ContentException(file, block.lineOf("permalink"), refused.get() + "; the page is left out");
			}
			// a post that also names its file or link stays in its resource room's lists, leading there
			report.error(file, block.lineOf("permalink"), refused.get() + "; the page is left out, its entry in the "
					+ "lists leads to its " + elsewhere(fields).get());
			fields.put("layout", "file");
		}
		String title = title(source, fields, block, report);
		Optional<Post> post = (source.kind() != JekyllFiles.Kind.POST) ? Optional.empty()
				: Optional.of(post(source, fields, title, date, url, new Addresses(block, report)));
		return Optional.of(new FileHead(source, fields, block, url, title, date, split.get().body(),
				split.get().bodyFirstLine(), post));
	}

	/**
	 * Renders what a file publishes, once every file's front matter is known.
	 * @param head the file's front matter
	 * @param liquid the Liquid engine of this load
	 * @param site the Liquid {@code site} variable
	 * @param lastModified when the file's content last changed
	 * @param report told about what editors should look at
	 * @return what the file publishes
	 * @throws ContentException naming file, line and problem when the file cannot be published
	 */
	ParsedFile parse(FileHead head, LiquidRenderer liquid, Map<String, Object> site, Instant lastModified,
			ValidationReport report) {
		JekyllFiles.Source source = head.source();
		String file = source.name();
		String url = head.url();
		Map<String, Object> fields = head.fields();
		YamlBlock block = head.yaml();
		String layoutName = head.layoutName();
		if (ELSEWHERE.contains(layoutName.toLowerCase(Locale.ROOT))) {
			return new ParsedFile(source, url, block.lineOf("permalink"), Optional.empty(), head.post(),
					emptyLinks(file, url));
		}
		boolean isPost = source.kind() == JekyllFiles.Kind.POST;
		Layout layout = layout(layoutName, isPost, file, block, report);
		String description = Yaml.text(fields, "description");
		String variant = orElse(Yaml.text(fields, "variant"), "markdown");
		FrontMatter frontMatter = new FrontMatter(head.title(), url, description, Yaml.text(fields, "third_nav_title"),
				variant, layout, Yaml.text(fields, "breadcrumb"), Yaml.flag(fields, "section_pages"));
		String text = liquid.render(file, head.bodyFirstLine(), head.body(), Map.of("site", site, "page", head.liquid()),
				report);
		BodyPipeline.Format format = (variant.equals("tiptap") || file.endsWith(".html")) ? BodyPipeline.Format.HTML
				: BodyPipeline.Format.MARKDOWN;
		PageBody body = this.bodies.render(file, url, text, head.bodyFirstLine(), frontMatter.sectionPages(), format,
				report);
		LocalDate date = head.date();
		PageNeeds[] needs = { body.needs() };
		PageDetails details = switch (layout) {
			case HOMEPAGE -> new PageDetails.HomepageDetails(new HomepageSections(file, block, (markdown) -> {
				PageBody fragment = this.bodies.fragment(file, url, markdown, block.lineOf("sections"), report);
				needs[0] = needs[0].and(fragment.needs());
				return fragment.introHtml();
			}, report).read(Yaml.list(fields, "sections")), Yaml.text(fields, "notification"));
			case CONTACT_US -> ContactDetailsReader.read(fields, this.data.map("contact-us"), this.config.title(),
					new Addresses(this.data.block("footer"), report).read("feedback",
							Yaml.text(this.data.map("footer"), "feedback")),
					(html) -> {
						// Isomer writes these lines into the page as they are: HTML, never Markdown
						PageBody fragment = this.bodies.render(file, url, html, block.lineOf("locations"), false,
								BodyPipeline.Format.HTML, report);
						needs[0] = needs[0].and(fragment.needs());
						return inline(fragment.introHtml());
					}, new Addresses(block, report), new Addresses(this.data.block("contact-us"), report));
			case POST -> new PageDetails.PostDetails(date, category(source, 0), category(source, 1),
					head.post().map(Post::image)
						.orElseGet(() -> new Addresses(block, report).read("image", Yaml.text(fields, "image"))));
			default -> PageDetails.NONE;
		};
		// a page must describe itself to search engines: its own words, else its opening text, else the site's
		String shown = !description.isEmpty() ? description : !body.openingText().isEmpty() ? body.openingText()
				: this.config.description().isEmpty() ? head.title() : this.config.description();
		Page page = new Page(file, frontMatter, body.introHtml(), body.sections(), shown, lastModified,
				Placement.NONE, details, homeImages(details, needs[0]), body.text());
		return new ParsedFile(source, url, block.lineOf("permalink"), Optional.of(page), head.post(), body.links());
	}

	/** A line rendered as a paragraph, as the line of text it was: the paragraph's content. */
	private static String inline(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		return (body.children().size() == 1 && body.child(0).nameIs("p") && body.ownText().isBlank())
				? body.child(0).html() : html;
	}

	/** A homepage's pictures are its sections', not its body's: their hosts join the body's needs. */
	private static PageNeeds homeImages(PageDetails details, PageNeeds needs) {
		if (!(details instanceof PageDetails.HomepageDetails home)) {
			return needs;
		}
		Set<String> images = new TreeSet<>(needs.imageSources());
		for (HomeSection section : home.sections()) {
			Url image = (section instanceof HomeSection.Hero hero) ? hero.background()
					: (section instanceof HomeSection.Infopic pic) ? pic.image() : Url.NONE;
			if (image.external()) {
				BodyPipeline.addOrigin(images, image.text());
			}
		}
		return new PageNeeds(needs.css(), needs.frameSources(), needs.formActions(), images);
	}

	/**
	 * A post as lists show it: a page of its own, else what Isomer links instead, its {@code permalink} for a
	 * {@code layout: link} post (or {@code external}, {@code link}), its {@code file_url} for a file.
	 */
	private Post post(JekyllFiles.Source source, Map<String, Object> fields, String title, LocalDate date, String url,
			Addresses addresses) {
		String layout = Yaml.text(fields, "layout");
		Url target = new Url(url);
		Post.Kind kind = Post.Kind.PAGE;
		String permalink = Yaml.text(fields, "permalink");
		String file = Yaml.text(fields, "file_url");
		String linkField = Yaml.text(fields, "external").isEmpty() ? "link" : "external";
		if (linkPost(source, fields)) {
			linkField = "permalink";
		}
		String link = Yaml.text(fields, linkField);
		if (!file.isEmpty() && (layout.equalsIgnoreCase("file") || permalink.isEmpty())) {
			target = addresses.read("file_url of the post '" + title + "'", file);
			kind = Post.Kind.FILE;
		}
		else if (!link.isEmpty() && (ELSEWHERE.contains(layout.toLowerCase(Locale.ROOT)) || permalink.isEmpty()
				|| linkField.equals("permalink"))) {
			target = addresses.read(linkField + " of the post '" + title + "'", link);
			kind = Post.Kind.LINK;
		}
		return new Post(title, date, category(source, 1), Yaml.text(fields, "description"),
				addresses.read("image of the post '" + title + "'", Yaml.text(fields, "image")), target, kind,
				source.name());
	}

	/** A {@code layout: link} post whose permalink is the other site's address, as Isomer's editor writes it. */
	private static boolean linkPost(JekyllFiles.Source source, Map<String, Object> fields) {
		return source.kind() == JekyllFiles.Kind.POST && Yaml.text(fields, "layout").equalsIgnoreCase("link")
				&& ABSOLUTE.matcher(Yaml.text(fields, "permalink")).lookingAt();
	}

	/** @return the key naming where a post leads instead of to a page of its own, if it names a place */
	private static Optional<String> elsewhere(Map<String, Object> fields) {
		return List.of("file_url", "external", "link").stream().filter((key) -> !Yaml.text(fields, key).isEmpty())
			.findFirst();
	}

	/** A post's categories are the folders before {@code _posts/}: the room, then the category. */
	private static String category(JekyllFiles.Source source, int index) {
		List<String> categories = source.categories();
		if (categories.isEmpty()) {
			return "";
		}
		return categories.get(Math.min(index, categories.size() - 1));
	}

	private static Layout layout(String written, boolean isPost, String file, YamlBlock block,
			ValidationReport report) {
		if (written.isEmpty()) {
			return isPost ? Layout.POST : Layout.PAGE;
		}
		Optional<Layout> layout = Layout.named(written);
		if (layout.isEmpty()) {
			Optional<Layout> nearest = Layout.nearest(written);
			Layout shown = nearest.filter((near) -> !isPost || near != Layout.PAGE)
				.orElse(isPost ? Layout.POST : Layout.PAGE);
			report.warn(file, block.lineOf("layout"), nearest.isPresent()
					? "the theme's layout '" + written + "' is not rendered here: the page is shown with the nearest, '"
							+ shown.written() + "'"
					: "the layout '" + written + "' is not one this site knows: the page is shown with the '"
							+ shown.written() + "' layout");
			return shown;
		}
		// the defaults give every file 'page': a post still shows its date and category
		return (isPost && layout.get() == Layout.PAGE) ? Layout.POST : layout.get();
	}

	/** The title, else (as Jekyll does for posts) the file's name in words; a page without one is a warning. */
	private static String title(JekyllFiles.Source source, Map<String, Object> fields, YamlBlock block,
			ValidationReport report) {
		String title = Yaml.text(fields, "title");
		if (!title.isEmpty()) {
			return title;
		}
		String name = (source.kind() == JekyllFiles.Kind.POST) ? source.slug() : source.basename();
		String words = name.equals("index") ? Slugs.humanise(source.folder().replaceAll(".*/", "")) : Slugs.humanise(name);
		if (source.kind() != JekyllFiles.Kind.POST) {
			report.warn(source.name(), block.lineOf("title"), "front matter has no 'title': the page is called '"
					+ words + "' after its file");
		}
		return words.isEmpty() ? "Home" : words;
	}

	private static Optional<LocalDate> date(Map<String, Object> fields) {
		Object value = fields.get("date");
		if (value instanceof Date written) {
			return Optional.of(written.toInstant().atZone(ZoneId.of("UTC")).toLocalDate());
		}
		if (value != null) {
			try {
				return Optional.of(LocalDate.parse(value.toString().strip().substring(0, 10)));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static PageLinks emptyLinks(String file, String url) {
		return new PageLinks(file, url, Set.of(), List.of());
	}

	private static String orElse(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

}
