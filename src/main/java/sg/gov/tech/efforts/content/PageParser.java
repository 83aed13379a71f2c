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

	/**
	 * Parses and renders a page.
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @param lastModified when the file last changed
	 * @return the rendered page
	 * @throws ContentException naming the file, line and problem when the file cannot be served
	 */
	public Page parse(String file, String source, Instant lastModified) {
		String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
		FrontMatterParser.Split split = this.frontMatterParser.parse(file, text);
		Document document = Jsoup.parseBodyFragment(this.markdown.render(split.body()));
		document.outputSettings().prettyPrint(false);
		Element body = document.body();
		IsomerHtml.removeEditorNotes(body);
		IsomerHtml.fixNewTabLinks(body);
		IsomerHtml.wrapLooseCaptions(body);
		List<Element> sectionHeadings = body.children()
			.stream()
			.filter((child) -> child.is("h" + SECTION_LEVEL) && child.hasAttr(MarkdownRenderer.SOURCE_POSITION))
			.toList();
		IsomerHtml.relevelHeadings(body);
		LineIndex lines = new LineIndex(split.body(), split.bodyFirstLine());
		assignHeadingIds(file, body, sectionHeadings, lines);

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
			sections.add(new Section(heading.id(), heading.text(), html(ownPage), html(content), openingText(content),
					lines.lineOf(heading)));
		}
		String description = split.frontMatter().hasDescription() ? split.frontMatter().description()
				: openingText(intro);
		return new Page(file, split.frontMatter(), html(intro), sections, description, lastModified);
	}

	/** kramdown-style ids on every heading; a second section with the same id is an error, other repeats get -1, -2. */
	private static void assignHeadingIds(String file, Element body, List<Element> sectionHeadings, LineIndex lines) {
		Map<String, Element> sectionIds = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (Element heading : sectionHeadings) {
			String id = Slugs.of(heading.text());
			Element first = sectionIds.putIfAbsent(id, heading);
			if (first != null) {
				throw new ContentException(file, lines.lineOf(heading), "the sections '" + first.text() + "' (line "
						+ lines.lineOf(first) + ") and '" + heading.text() + "' both get the URL slug '" + id
						+ "': rename one heading");
			}
			heading.id(id);
			used.add(id);
		}
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
			if (sectionHeadings.contains(heading)) {
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

	/** Maps flexmark's source offsets back to lines of the file. */
	private record LineIndex(String body, int firstLine) {

		int lineOf(Element element) {
			String offsets = element.attr(MarkdownRenderer.SOURCE_POSITION);
			int dash = offsets.indexOf('-');
			if (dash <= 0) {
				return this.firstLine;
			}
			int offset = Math.min(Integer.parseInt(offsets.substring(0, dash)), this.body.length());
			int line = this.firstLine;
			for (int i = 0; i < offset; i++) {
				if (this.body.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		}

	}

}
