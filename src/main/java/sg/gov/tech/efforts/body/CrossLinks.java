package sg.gov.tech.efforts.body;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.model.Link;

/**
 * Turns editors' placeholder bullets, "Cross link to products and services i.e. SingPass", into "Related:" links to
 * every name the site settings map to an address (in any letter case, kept as the editor wrote it). A bullet naming
 * nothing mapped is an editor's note: left out of the public page, shown highlighted in preview, and reported.
 */
final class CrossLinks {

	private static final Evaluator LISTS = Css.query("ul, ol");

	private static final Evaluator LIST_ITEMS = Css.query("li");

	private static final Pattern PLACEHOLDER = Pattern.compile("(?is)^\\s*cross[- ]?links?\\s+to\\b\\s*(.*?)\\s*$");

	private static final Pattern THAT_IS = Pattern.compile("(?i)\\bi\\.\\s?e\\.?,?\\s+");

	private static final String UNMAPPED_ADVICE = "add the name under cross_links in site.yml";

	private final List<Link> links;

	private final Pattern names;

	/**
	 * @param links every name with its address, as {@code cross_links} in the site settings lists them
	 */
	CrossLinks(List<Link> links) {
		this.links = links.stream().sorted(Comparator.comparingInt((Link link) -> link.title().length()).reversed())
			.toList();
		String alternatives = String.join("|", this.links.stream().map((link) -> Pattern.quote(link.title())).toList());
		// a name counts only as a whole word: "SGTS" in "SGTS's" but not in "SGTSX"
		this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives)
				+ ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * Rewrites every placeholder bullet of the body.
	 * @param body the rendered body
	 * @param preview whether a bullet naming nothing mapped is shown, highlighted, rather than left out
	 * @param warnings told about each bullet whose names are not mapped
	 */
	void apply(Element body, boolean preview, BiConsumer<Element, String> warnings) {
		for (Element item : body.select(LIST_ITEMS)) {
			String text = item.text();
			if (!text.regionMatches(true, 0, "cross", 0, 5) && !text.stripLeading().regionMatches(true, 0, "cross", 0, 5)) {
				continue;
			}
			Matcher placeholder = PLACEHOLDER.matcher(text);
			if (!placeholder.matches() || !item.select(LISTS).isEmpty()) {
				continue;
			}
			String rest = placeholder.group(1);
			Matcher thatIs = THAT_IS.matcher(rest);
			String named = thatIs.find() ? rest.substring(thatIs.end()) : rest;
			List<MatchResult> found = this.names.matcher(named).results().toList();
			if (found.isEmpty()) {
				String problem = named.isBlank() ? "a cross link names nothing: write 'Cross link to … i.e. NAME'"
						: "cross link '" + named + "' cannot be resolved: " + UNMAPPED_ADVICE;
				warnings.accept(item, problem);
				unresolved(item, preview);
				continue;
			}
			item.empty().addClass("related");
			item.appendElement("span").addClass("related-label").text("Related:");
			item.appendText(" ");
			int at = 0;
			for (MatchResult name : found) {
				Link link = linkNamed(name.group());
				item.appendText(named.substring(at, name.start()));
				item.appendElement("a").attr("href", link.url().text()).text(name.group());
				at = name.end();
			}
			item.appendText(named.substring(at));
		}
	}

	/** Like editor notes: highlighted for editors, gone for the public (with its list, if it was the only bullet). */
	private static void unresolved(Element item, boolean preview) {
		if (preview) {
			Element note = new Element("mark").addClass("editor-note");
			note.appendElement("strong").text("Editor's note:");
			note.appendText(" ");
			note.insertChildren(-1, item.childNodesCopy());
			item.empty().appendChild(note);
			return;
		}
		Element list = item.parent();
		item.remove();
		if (list != null && list.is(LISTS) && list.children().isEmpty()) {
			list.remove();
		}
	}

	private Link linkNamed(String written) {
		String key = written.toLowerCase(Locale.ROOT);
		return this.links.stream()
			.filter((link) -> link.title().toLowerCase(Locale.ROOT).equals(key))
			.findFirst()
			.orElseThrow();
	}

}
