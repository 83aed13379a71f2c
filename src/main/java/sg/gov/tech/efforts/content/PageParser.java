package sg.gov.tech.efforts.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Turns one Isomer Markdown file into a {@link Page}: front matter, rendered body, and its {@code ###} sections. */
public final class PageParser {

	private static final int SECTION_LEVEL = 3;

	private static final int DESCRIPTION_LENGTH = 160;

	private final FrontMatterParser frontMatterParser = new FrontMatterParser();

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final CrossLinks crossLinks;

	private final boolean preview;

	private final ImageSizes imageSizes;

	/** A parser for the public site, with no cross-link names. */
	public PageParser() {
		this(List.of(), false);
	}

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 */
	PageParser(List<Link> crossLinks, boolean preview) {
		this(crossLinks, preview, ImageSizes.NONE);
	}

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 * @param imageSizes the size of the content root's own images
	 */
	PageParser(List<Link> crossLinks, boolean preview, ImageSizes imageSizes) {
		this.crossLinks = new CrossLinks(crossLinks);
		this.preview = preview;
		this.imageSizes = imageSizes;
	}

	/**
	 * Parses and renders a page.
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @param lastModified when the file last changed
	 * @return the rendered page
	 * @throws ContentException naming the file, line and problem when the file cannot be served
	 */
	public Page parse(String file, String source, Instant lastModified) {
		return parse(file, source, lastModified, new ContentValidator(new ValidationReport()));
	}

	/**
	 * Parses and renders a page, reporting what editors should look at.
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @param lastModified when the file last changed
	 * @param validator told about the page's warnings and local links, to check once every page is known
	 * @return the rendered page
	 * @throws ContentException naming the file, line and problem when the file cannot be served
	 */
	Page parse(String file, String source, Instant lastModified, ContentValidator validator) {
		String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
		FrontMatterParser.Split split = this.frontMatterParser.parse(file, text);
		SourceLines lines = new SourceLines(split.body(), split.bodyFirstLine());
		Document dirty = HtmlSanitizer.parse(this.markdown.render(split.body()));
		KramdownAttributes.apply(dirty.body());
		Element body = HtmlSanitizer.clean(dirty).body();
		IsomerHtml.editorNotes(body, this.preview);
		this.crossLinks.apply(body, (item, problem) -> validator.warn(file, lines.lineOf(item), problem));
		IsomerHtml.fixNewTabLinks(body);
		IsomerHtml.wrapLooseCaptions(body);
		ImageHints.addSizes(body, this.imageSizes);
		List<Element> sectionHeadings = body.children()
			.stream()
			.filter((child) -> child.is("h" + SECTION_LEVEL) && child.hasAttr(MarkdownRenderer.SOURCE_POSITION))
			.toList();
		IsomerHtml.relevelHeadings(body);
		assignHeadingIds(file, body, sectionHeadings, lines);
		validator.inspect(file, split.frontMatter().permalink(), body, lines);

		Element intro = new Element("div");
		List<Element> sectionBodies = new ArrayList<>();
		Element current = intro;
		for (Node node : new ArrayList<>(body.childNodes())) {
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
			Element ownPage = content.clone();
			IsomerHtml.shiftHeadings(ownPage, -1);
			// on the whole page every section is below the fold; on its own page it starts near the top
			ImageHints.loadLazily(content, 0);
			ImageHints.loadLazily(ownPage, 1);
			sections.add(new Section(heading.id(), heading.text(), html(ownPage), html(content), openingText(content),
					lines.lineOf(heading)));
		}
		String description = split.frontMatter().hasDescription() ? split.frontMatter().description()
				: openingText(intro);
		return new Page(file, split.frontMatter(), html(intro), sections, description, lastModified);
	}

	/**
	 * kramdown-style ids on every heading, unless the editor gave one ({@code {#id}}); a second section with the same
	 * id is an error, other repeats get -1, -2.
	 */
	private static void assignHeadingIds(String file, Element body, List<Element> sectionHeadings, SourceLines lines) {
		Map<String, Element> sectionIds = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (Element heading : sectionHeadings) {
			String id = heading.id().isEmpty() ? Slugs.of(heading.text()) : heading.id();
			if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
				throw new ContentException(file, lines.lineOf(heading), "the section id '" + id
						+ "' cannot be a URL: use letters, digits and hyphens, such as {#digital-identity}");
			}
			Element first = sectionIds.putIfAbsent(id, heading);
			if (first != null) {
				throw new ContentException(file, lines.lineOf(heading), "the sections '" + first.text() + "' (line "
						+ lines.lineOf(first) + ") and '" + heading.text() + "' both get the URL slug '" + id
						+ "': rename one heading");
			}
			heading.id(id);
			used.add(id);
		}
		body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]").forEach((heading) -> used.add(heading.id()));
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
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

	/** The text of the first paragraph or list, list items joined by semicolons, cut at a word near 160 characters. */
	static String openingText(Element container) {
		Element first = container.selectFirst("p, ul, ol");
		if (first == null) {
			return "";
		}
		String text = first.is("p") ? first.text()
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
		for (Element element : container.select("[" + MarkdownRenderer.SOURCE_POSITION + "], [data-original-level]")) {
			element.removeAttr(MarkdownRenderer.SOURCE_POSITION);
			element.removeAttr("data-original-level");
		}
		return container.html().strip();
	}

}
