package sg.gov.tech.efforts.body;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Markdown to HTML with one flexmark parser and renderer, built once and shared (both are thread-safe). */
final class MarkdownRenderer {

	/** Attribute flexmark puts on block elements with their source offsets, so later steps can name lines. */
	static final String SOURCE_POSITION = "data-source-offsets";

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		// kramdown keeps a raw HTML block open until its closing tag, even across blank lines; so must we
		options.set(Parser.HTML_BLOCK_DEEP_PARSER, true);
		options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	String render(String markdown) {
		return this.renderer.render(this.parser.parse(markdown));
	}

}
