package sg.gov.tech.efforts.body;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Markdown to HTML with one flexmark parser and renderer, built once and shared (both are thread-safe). */
final class MarkdownRenderer {

	/** Attribute flexmark puts on block elements with their source offsets, so later steps can name lines. */
	static final String SOURCE_POSITION = "data-source-offsets";

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		// lists, indentation and HTML blocks read as kramdown (and so Jekyll and Isomer) reads them
		options.setFrom(ParserEmulationProfile.KRAMDOWN);
		// kramdown lets a list start right under a paragraph line, and makes a list loose as soon as one item is
		options.set(Parser.LISTS_BULLET_ITEM_INTERRUPTS_PARAGRAPH, true);
		options.set(Parser.LISTS_ORDERED_ITEM_INTERRUPTS_PARAGRAPH, true);
		options.set(Parser.LISTS_LOOSE_WHEN_PREV_HAS_TRAILING_BLANK_LINE, true);
		// heading ids are kramdown's, given after the outline is fixed (BodyPipeline), not the profile's own
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(HtmlRenderer.RENDER_HEADER_ID, false);
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		// kramdown keeps a raw HTML block open until its closing tag, even across blank lines; so must we
		options.set(Parser.HTML_BLOCK_DEEP_PARSER, true);
		options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	String render(String markdown) {
		Document parsed = this.parser.parse(markdown);
		if (!KramdownLinks.mayHave(markdown)) {
			return this.renderer.render(parsed);
		}
		// kramdown takes spaces in a link's address, CommonMark does not: read again with them stood in for
		String protectedSpaces = KramdownLinks.protect(markdown, parsed);
		if (protectedSpaces.equals(markdown)) {
			return this.renderer.render(parsed);
		}
		return KramdownLinks.restore(this.renderer.render(this.parser.parse(protectedSpaces)));
	}

}
