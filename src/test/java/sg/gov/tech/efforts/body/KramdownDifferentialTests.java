package sg.gov.tech.efforts.body;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.jekyll.Jekyll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test: Markdown as editors write it in Isomer pages, through Jekyll's kramdown and through our parser,
 * then through the same allowlist; the element trees and their text must be the same.
 */
class KramdownDifferentialTests {

	/** What editors write, the cases where parsers most often disagree. */
	static final Map<String, String> CASES = new LinkedHashMap<>();

	static {
		CASES.put("list-after-paragraph", "Some text\n* first\n* second\n");
		CASES.put("nested-two-spaces", "* one\n  * one a\n  * one b\n* two\n");
		CASES.put("nested-four-spaces", "* one\n    * one a\n* two\n");
		CASES.put("ordered-with-paragraph", "1. First\n2. Second\n\n   More about the second\n3. Third\n");
		CASES.put("loose-list", "* one\n\n* two\n");
		CASES.put("ordered-after-paragraph", "Steps:\n1. first\n2. second\n");
		CASES.put("numbered-after-paragraph", "In\n1986. A good year.\n");
		CASES.put("br-and-nbsp", "Line one<br>line two&nbsp;and a half<br/>\nline three\n");
		CASES.put("tab-after-marker", "*\tTabbed item\n*\tAnother\n");
		CASES.put("indented-code", "Text\n\n    code line\n    more code\n\nAfter\n");
		CASES.put("setext-headings", "Title\n=====\n\nSubtitle\n--------\n\nText\n");
		CASES.put("atx-closed", "## Heading ##\n\nText\n");
		CASES.put("html-block-blank-lines", "<div class=\"box\">\n<p>Inside</p>\n\n<p>Still inside</p>\n</div>\n\nAfter\n");
		CASES.put("indented-tiptap-html", "<div class=\"isomer-card-grid\">\n    <a href=\"/a/\" class=\"isomer-card\">\n"
				+ "        <div class=\"isomer-card-body\">\n            <div class=\"isomer-card-title\">A</div>\n"
				+ "        </div>\n    </a>\n</div>\n");
		CASES.put("intraword-underscores", "snake_case_word and __bold__ and _em_\n");
		CASES.put("bold-across-lines", "**bold\nacross lines**\n");
		CASES.put("hard-break", "first line  \nsecond line\n");
		CASES.put("pipe-table", "| A | B |\n| --- | --- |\n| 1 | 2 |\n");
		CASES.put("blockquote", "> quoted\nlazy line\n\nafter\n");
		CASES.put("link-reference", "[text][ref]\n\n[ref]: https://example.gov.sg/\n");
		CASES.put("span-html", "A <span>span</span> and <b>bold</b> in text\n");
		CASES.put("escaped-chars", "1\\. not a list \\* not emphasis\n");
		CASES.put("numbered-line-start", "2024 was a year.\n\n1986. A good year.\n");
		CASES.put("horizontal-rules", "Above\n\n***\n\n- - -\n\nBelow\n");
		CASES.put("entity-and-ampersand", "AT&T &copy; 2024 &amp; more\n");
	}

	/**
	 * Links as editors write them, compared with their addresses, titles and attribute lists applied: kramdown takes
	 * spaces and balanced parentheses in an address, CommonMark does not.
	 */
	static final Map<String, String> LINK_CASES = new LinkedHashMap<>();

	static {
		LINK_CASES.put("link-spaces-parentheses-target",
				"[Singpass factsheet](/files/Factsheet - Singpass (National Digital Identity).pdf){:target=\"_blank\"}\n");
		LINK_CASES.put("link-spaces-in-text", "See [two words](/a b/c d.pdf) and [nested](/a (b (c)) d.pdf) here.\n");
		LINK_CASES.put("link-spaces-title", "[titled](/x y.pdf \"The title\") and [single](/p q.pdf 'Quoted')\n");
		LINK_CASES.put("link-unbalanced", "[unbalanced](/a (b.pdf) end\n");
		LINK_CASES.put("link-space-around", "[padded]( /x.pdf ) and [angle](</a b.pdf>)\n");
		LINK_CASES.put("image-spaces", "![A chart](/images/chart 2024 (final).png)\n");
		LINK_CASES.put("link-spaces-in-code", "`[code](/a b.pdf)` and\n\n    [indented](/c d.pdf)\n\nafter\n");
		LINK_CASES.put("link-spaces-in-list", "* [first](/files/A B.pdf){:target=\"_blank\"}\n* [second](/files/C D.pdf)\n");
	}

	/**
	 * Where we still read differently from kramdown, kept so the difference stays known: in a list loose in one place
	 * only, kramdown leaves the last item tight, we make it a paragraph (the list looks the same but for spacing).
	 */
	static final Map<String, String> KNOWN_DIFFERENCES = Map.of("loose-in-one-place", "* one\n* two\n\n* three\n");

	@TempDir
	static Path folder;

	/** Every case built by Jekyll once, for all the comparisons. */
	private static Path site;

	@BeforeAll
	static void buildEveryCaseWithJekyll() throws Exception {
		Path repository = folder.resolve("repo");
		Files.createDirectories(repository);
		Files.writeString(repository.resolve("_config.yml"), "title: Kramdown\npermalink: pretty\n");
		Map<String, String> all = new LinkedHashMap<>(CASES);
		all.putAll(KNOWN_DIFFERENCES);
		all.putAll(LINK_CASES);
		for (Map.Entry<String, String> entry : all.entrySet()) {
			Files.writeString(repository.resolve(entry.getKey() + ".md"),
					"---\ntitle: " + entry.getKey() + "\n---\n" + entry.getValue(), StandardCharsets.UTF_8);
		}
		site = folder.resolve("site");
		Jekyll.build(repository, folder.resolve("jekyll.json"), site);
	}

	@Test
	void ourParserReadsEditorsMarkdownAsKramdownDoes() throws Exception {
		MarkdownRenderer markdown = new MarkdownRenderer();
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, String> entry : CASES.entrySet()) {
			String kramdown = Files.readString(site.resolve(entry.getKey() + "/index.html"));
			String expected = shape(kramdown);
			String actual = shape(markdown.render(entry.getValue()));
			if (!expected.equals(actual)) {
				differences.add(entry.getKey() + "\n  kramdown: " + expected + "\n  ours:     " + actual);
			}
		}
		assertThat(differences).as(String.join("\n", differences)).isEmpty();
		for (Map.Entry<String, String> known : KNOWN_DIFFERENCES.entrySet()) {
			String kramdown = shape(Files.readString(site.resolve(known.getKey() + "/index.html")));
			assertThat(shape(markdown.render(known.getValue()))).as("still different: " + known.getKey())
				.isNotEqualTo(kramdown);
		}
	}

	@Test
	void linksWithSpacesOrParenthesesInTheirAddressAreLinksAsInKramdown() throws Exception {
		MarkdownRenderer markdown = new MarkdownRenderer();
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, String> entry : LINK_CASES.entrySet()) {
			String expected = linksAndShape(HtmlSanitizer.parse(Files.readString(site.resolve(entry.getKey() + "/index.html"))).body());
			Element ours = HtmlSanitizer.parse(markdown.render(entry.getValue())).body();
			KramdownAttributes.apply(ours);
			String actual = linksAndShape(ours);
			if (!expected.equals(actual)) {
				differences.add(entry.getKey() + "\n  kramdown: " + expected + "\n  ours:     " + actual);
			}
		}
		assertThat(differences).as(String.join("\n", differences)).isEmpty();
	}

	@Test
	void theComparisonOfLinksSeesADifferentAddressOrTarget() {
		String link = linksAndShape(HtmlSanitizer.parse("<p><a href=\"/a b.pdf\" target=\"_blank\">A</a></p>").body());
		assertThat(linksAndShape(HtmlSanitizer.parse("<p><a href=\"/a b.pdf\">A</a></p>").body())).isNotEqualTo(link);
		assertThat(linksAndShape(HtmlSanitizer.parse("<p><a href=\"/a%20b.pdf\" target=\"_blank\">A</a></p>").body()))
			.isNotEqualTo(link);
	}

	@Test
	void theComparisonSeesADifferenceWhenThereIsOne() {
		assertThat(shape("<ul><li>one</li></ul>")).isNotEqualTo(shape("<p>* one</p>"));
		assertThat(shape("<p><strong>a</strong> b</p>")).isNotEqualTo(shape("<p>**a** b</p>"));
	}

	/** The shape, then each link's and image's address, title and target. */
	static String linksAndShape(Element body) {
		StringBuilder links = new StringBuilder(shape(body.html()));
		for (Element element : body.select("a, img")) {
			links.append(" | ").append(element.tagName()).append(' ').append(element.attr(element.nameIs("a") ? "href" : "src"))
				.append(" title=").append(element.attr("title")).append(" target=").append(element.attr("target"));
		}
		return links.toString();
	}

	/** The element tree and text after the allowlist, attributes and whitespace aside, heading levels as one. */
	static String shape(String html) {
		Element body = HtmlSanitizer.clean(HtmlSanitizer.parse(html)).body();
		// Jekyll's syntax highlighter wraps code blocks in two divs: presentation, not how Markdown was read
		body.select("div:has(> div > pre), div:has(> pre)").forEach(Element::unwrap);
		StringBuilder shape = new StringBuilder();
		append(body, shape);
		return shape.toString().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
	}

	private static void append(Node node, StringBuilder shape) {
		for (Node child : node.childNodes()) {
			if (child instanceof TextNode text) {
				String words = text.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
				if (!words.isBlank()) {
					shape.append(words);
				}
			}
			else if (child instanceof Element element) {
				String tag = element.tagName().matches("h[1-6]") ? "h" : element.tagName();
				shape.append(' ').append(tag).append('(');
				append(element, shape);
				shape.append(") ");
			}
		}
	}

}
