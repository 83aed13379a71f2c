package sg.gov.tech.efforts.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.PageNeeds;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Slugs;
import sg.gov.tech.efforts.model.TextLimits;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * The page-body pipeline every reader shares: Markdown (with raw HTML) to HTML, kramdown attribute lists, the HTML
 * allowlist, Isomer's fix-ups (editor notes, cross links, new-tab links, captions, image sizes), a heading outline
 * without skipped levels, kramdown heading ids, then the split at {@code ###} headings. Thread-safe.
 */
public final class BodyPipeline {

	private static final Evaluator SOURCE_ATTRIBUTES = Css
		.query("[" + MarkdownRenderer.SOURCE_POSITION + "], [data-original-level]");

	private static final int SECTION_LEVEL = 3;

	private static final Evaluator HEADINGS = Css.query("h1, h2, h3, h4, h5, h6");

	private static final Evaluator HEADINGS_WITH_ID = Css.query("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]");

	private static final Evaluator PARAGRAPHS = Css.query("p");

	private static final Evaluator PARAGRAPHS_AND_LISTS = Css.query("p, ul, ol");

	private static final Evaluator SECTION_HEADINGS = Css.query("h" + SECTION_LEVEL);

	private static final int DESCRIPTION_LENGTH = 160;

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final CrossLinks crossLinks;

	private final boolean preview;

	private final ImageSizes imageSizes;

	private final EmbedPolicy embeds;

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 * @param imageSizes the size of the content root's own images
	 */
	public BodyPipeline(List<Link> crossLinks, boolean preview, ImageSizes imageSizes) {
		this(crossLinks, preview, imageSizes, EmbedPolicy.DEFAULT);
	}

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 * @param imageSizes the size of the content root's own images
	 * @param embeds the hosts frames and forms may come from
	 */
	public BodyPipeline(List<Link> crossLinks, boolean preview, ImageSizes imageSizes, EmbedPolicy embeds) {
		this.crossLinks = new CrossLinks(crossLinks);
		this.preview = preview;
		this.imageSizes = imageSizes;
		this.embeds = embeds;
	}

	/**
	 * Renders a page body.
	 * @param file the file's name, for messages
	 * @param permalink the page's URL, against which its relative links resolve
	 * @param body the Markdown after the front matter
	 * @param firstLine the 1-based line of the file on which the body starts
	 * @param sectionPages whether each {@code ###} section becomes a page of its own
	 * @param report told about the body's warnings
	 * @return the rendered body
	 * @throws ContentException naming the file, line and problem when the body cannot be served
	 */
	public PageBody render(String file, String permalink, String body, int firstLine, boolean sectionPages,
			ValidationReport report) {
		return render(file, permalink, body, firstLine, sectionPages, Format.MARKDOWN, report);
	}

	/** How a body is written. */
	public enum Format {

		/** Markdown with raw HTML, read as kramdown reads it. */
		MARKDOWN,

		/** HTML as Isomer's editor saves it ({@code variant: tiptap}): no Markdown, so indentation is no code block. */
		HTML

	}

	/**
	 * Renders a page body written in either format.
	 * @param file the file's name, for messages
	 * @param permalink the page's URL, against which its relative links resolve
	 * @param body the body after the front matter
	 * @param firstLine the 1-based line of the file on which the body starts
	 * @param sectionPages whether each {@code ###} section becomes a page of its own
	 * @param format how the body is written
	 * @param report told about the body's warnings
	 * @return the rendered body
	 * @throws ContentException naming the file, line and problem when the body cannot be served
	 */
	public PageBody render(String file, String permalink, String body, int firstLine, boolean sectionPages,
			Format format, ValidationReport report) {
		String text = Mojibake.repair(file, firstLine, body, report);
		// each step walks the whole document: one whose markup the text does not hold at all is skipped
		String lower = text.toLowerCase(Locale.ROOT);
		SourceLines lines = new SourceLines(text, firstLine);
		Document dirty = HtmlSanitizer.parse((format == Format.HTML) ? text : this.markdown.render(text));
		if (text.contains("{:") || text.contains("{#")) {
			KramdownAttributes.apply(dirty.body());
		}
		if (lower.contains("checkbox") || lower.contains("accordion") || lower.contains("isomer-details")) {
			Accordions.rewrite(dirty.body());
		}
		Set<String> frames = Set.of();
		if (lower.contains("<iframe") || lower.contains("<script") || lower.contains("<blockquote")
				|| lower.contains("<div")) {
			frames = Embeds.rewrite(file, lines, dirty.body(), this.embeds, report);
		}
		Set<String> forms = lower.contains("<form") ? Forms.rewrite(file, lines, dirty.body(), this.embeds, report)
				: Set.of();
		String css = lower.contains("style") ? ContentStyles.extract(file, lines, dirty.body(),
				this.imageSizes, report) : "";
		if (lower.contains("<center")) {
			ContentMarkup.centres(dirty.body());
		}
		BodyUrls.police(file, lines, dirty.body(), report);
		Element html = HtmlSanitizer.clean(dirty).body();
		ContentMarkup.tidy(html);
		if (lower.contains("<font")) {
			IsomerHtml.editorNotes(html, this.preview);
		}
		if (lower.contains("cross")) {
			this.crossLinks.apply(html, this.preview, (item, problem) -> report.warn(file, lines.lineOf(item), problem));
		}
		IsomerHtml.fixNewTabLinks(html);
		IsomerHtml.wrapLooseCaptions(html);
		ImageHints.addSizes(html, this.imageSizes,
				(image, problem) -> report.warn(file, lines.lineOf(image), problem));
		List<Element> sectionHeadings = html.children()
			.stream()
			.filter((child) -> child.is(SECTION_HEADINGS)
					&& (format == Format.HTML || child.hasAttr(MarkdownRenderer.SOURCE_POSITION)))
			.toList();
		IsomerHtml.relevelHeadings(html);
		assignHeadingIds(file, html, sectionHeadings, lines, sectionPages);
		PageLinks links = LinkInspector.inspect(file, permalink, html, lines, report);
		ContentMarkup.encodeSpaces(html);
		PageNeeds needs = new PageNeeds(css, frames, forms, ImageSources.of(html));
		if (!sectionPages) {
			List<Section> headings = sectionHeadings.stream()
				.map((heading) -> new Section(heading.id(), title(file, lines, heading, report), "", "", "",
						lines.lineOf(heading)))
				.toList();
			ImageHints.loadLazily(html, 1);
			return new PageBody(html(html), headings, openingText(html), PlainText.of(html), links, needs);
		}
		Element intro = new Element("div");
		List<Element> sectionBodies = new ArrayList<>();
		Element current = intro;
		for (Node node : new ArrayList<>(html.childNodes())) {
			if (node instanceof Element element && sectionHeadings.contains(element)) {
				current = new Element("div");
				sectionBodies.add(current);
				continue;
			}
			current.appendChild(node);
		}
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < sectionHeadings.size(); i++) {
			Element heading = sectionHeadings.get(i);
			Element content = sectionBodies.get(i);
			// on the whole page every section is below the fold (SectionPages undoes it for the first image)
			ImageHints.loadLazily(content, 0);
			sections.add(new Section(heading.id(), title(file, lines, heading, report), html(content),
					openingText(content), PlainText.of(content), lines.lineOf(heading)));
		}
		// the first image near the top is likely the largest paint: fetched first; the others wait to be scrolled to
		ImageHints.loadLazily(intro, 1);
		return new PageBody(html(intro), sections, openingText(intro), PlainText.of(intro), links, needs);
	}

	/**
	 * Renders a short text that may hold Markdown or HTML, such as a homepage section's description, through the
	 * same allowlist and fix-ups as a body.
	 * @param file the file it comes from, for messages
	 * @param permalink the URL of the page it is shown on
	 * @param text the text
	 * @param line the line of the file it is written on
	 * @param report told about its warnings
	 * @return safe HTML, with what it needs from the browser
	 */
	public PageBody fragment(String file, String permalink, String text, int line, ValidationReport report) {
		return render(file, permalink, text, line, false, report);
	}

	/**
	 * kramdown-style ids on every heading, unless the editor gave one ({@code {#id}}); a second section with the same
	 * id is an error when sections are pages (their URLs would clash), other repeats get -1, -2.
	 */
	private static void assignHeadingIds(String file, Element body, List<Element> sectionHeadings, SourceLines lines,
			boolean sectionPages) {
		Map<String, Element> sectionIds = new HashMap<>();
		Set<String> used = new HashSet<>();
		if (sectionPages) {
			for (Element heading : sectionHeadings) {
				String id = heading.id().isEmpty() ? Slugs.of(heading.text()) : heading.id();
				if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
					throw new ContentException(file, lines.lineOf(heading), "the section id '" + id
							+ "' cannot be a URL: use letters, digits and hyphens, such as {#digital-identity}");
				}
				Element first = sectionIds.putIfAbsent(id, heading);
				if (first != null) {
					throw new ContentException(file, lines.lineOf(heading), "the sections '" + first.text()
							+ "' (line " + lines.lineOf(first) + ") and '" + heading.text()
							+ "' both get the URL slug '" + id + "': rename one heading");
				}
				heading.id(id);
				used.add(id);
			}
		}
		body.select(HEADINGS_WITH_ID).forEach((heading) -> used.add(heading.id()));
		for (Element heading : body.select(HEADINGS)) {
			if (!heading.id().isEmpty()) {
				continue;
			}
			String base = Slugs.of(heading.text());
			String id = base;
			for (int n = 1; used.contains(id); n++) {
				id = base + "-" + n;
			}
			heading.id(id);
			used.add(id);
		}
	}

	/** A section's title in menus and its page's title: its heading's text, cut to a title's limit. */
	private static String title(String file, SourceLines lines, Element heading, ValidationReport report) {
		String text = heading.text();
		if (text.length() > TextLimits.TITLE) {
			report.warn(file, lines.lineOf(heading), "the heading is " + String.format("%,d", text.length())
					+ " characters long, over the " + TextLimits.TITLE
					+ " a title may have: menus and the page's title show it cut at a word boundary");
		}
		return TextLimits.cut(text, TextLimits.TITLE);
	}

	/** Adds an image address's origin to a set of image sources, for pictures outside a body. */
	public static void addOrigin(Set<String> sources, String url) {
		ImageSources.add(sources, url);
	}

	/** The text of the first paragraph or list, list items joined by semicolons, cut at a word near 160 characters. */
	public static String openingText(Element container) {
		Element first = container.select(PARAGRAPHS_AND_LISTS)
			.stream()
			.filter((block) -> !block.text().isBlank())
			.findFirst()
			.orElse(null);
		if (first == null) {
			return "";
		}
		String text = first.is(PARAGRAPHS) ? first.text()
				: String.join("; ", first.children().stream().map(Element::text).filter((t) -> !t.isBlank()).toList());
		if (text.length() <= DESCRIPTION_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
		return text.substring(0, (cut > 0) ? cut : DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
	}

	private static String html(Element container) {
		if (container.ownerDocument() == null) {
			// detached elements serialise with jsoup's default pretty printing, which would re-indent editors' HTML
			Document holder = Document.createShell("");
			holder.outputSettings().prettyPrint(false);
			holder.body().appendChild(container);
		}
		for (Element element : container.select(SOURCE_ATTRIBUTES)) {
			element.removeAttr(MarkdownRenderer.SOURCE_POSITION);
			element.removeAttr("data-original-level");
		}
		return container.html().strip();
	}

}
