package sg.gov.tech.efforts.body;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Embedded content, before the allowlist sees it: a frame from a listed host is kept, titled, lazy, with the fewest
 * browser features it still works with, in a responsive 16:9 box; any other frame, and every embed that needs a
 * script of its own (Instagram, X, TikTok, Facebook), becomes a plain link to what it showed, with a warning. No
 * script from content ever runs in the site's pages.
 * <p>
 * No {@code sandbox}: every listed player, map and form needs both scripts and its own origin (its cookies), and a
 * sandbox allowing both can be lifted by the frame itself (the HTML checker rejects it); the host list, the
 * policy's {@code frame-src} and {@code allow} are what hold such a frame to its box.
 */
final class Embeds {

	private static final Evaluator EMBED_CANDIDATES = Css.query("blockquote[class], div[class]");

	private static final Evaluator FRAMES = Css.query("iframe");

	private static final Evaluator HTTPS_LINKS = Css.query("a[href^=https]");

	private static final Evaluator SCRIPTS = Css.query("script");

	/** The scripts social networks' embeds need, by the class their markup carries. */
	private static final Map<String, String> SCRIPTED = Map.of("instagram-media", "Instagram", "twitter-tweet", "X",
			"twitter-timeline", "X", "tiktok-embed", "TikTok", "fb-post", "Facebook", "fb-video", "Facebook");

	/** Video players need fullscreen and encrypted media; maps and forms need neither. */
	private static final String VIDEO_ALLOW = "fullscreen; encrypted-media; picture-in-picture";

	private Embeds() {
	}

	/**
	 * @return the hosts of the frames that are kept, for the page's Content-Security-Policy
	 */
	static Set<String> rewrite(String file, SourceLines lines, Element body, EmbedPolicy policy,
			ValidationReport report) {
		Set<String> hosts = new LinkedHashSet<>();
		for (Element embed : body.select(EMBED_CANDIDATES)) {
			String network = SCRIPTED.entrySet().stream()
				.filter((entry) -> embed.hasClass(entry.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (network == null) {
				continue;
			}
			String url = firstNonEmpty(embed.attr("data-instgrm-permalink"), embed.attr("cite"),
					embed.attr("data-href"), embed.selectFirst(HTTPS_LINKS) == null ? ""
							: embed.selectFirst(HTTPS_LINKS).attr("href"));
			report.warn(file, lines.lineOf(embed), "a " + network + " embed needs the network's own script, which "
					+ "the site never runs: it is shown as a link" + (url.isEmpty() ? " (it has no address)" : ""));
			embed.replaceWith(link(url, "View this post on " + network));
		}
		body.select(SCRIPTS).forEach(Element::remove);
		for (Element frame : body.select(FRAMES)) {
			String src = frame.attr("src").strip();
			Optional<String> host = policy.frameHost(src);
			if (host.isEmpty()) {
				String shown = EmbedPolicy.hostOf(src).orElse("another site");
				report.warn(file, lines.lineOf(frame, src), "an embedded frame from " + shown + " is not on the "
						+ "list of hosts pages may embed (site.embeds.frame-hosts): it is shown as a link");
				frame.replaceWith(link(src.startsWith("https://") ? src : "",
						"View embedded content from " + shown));
				continue;
			}
			hosts.add("https://" + EmbedPolicy.hostOf(src).orElseThrow());
			keep(frame, src);
		}
		return hosts;
	}

	/** A frame as the allowlist passes it: only what the frame needs, in a box that keeps its shape. */
	private static void keep(Element frame, String src) {
		String host = EmbedPolicy.hostOf(src).orElse("");
		String title = frame.attr("title").strip();
		frame.clearAttributes();
		frame.attr("src", src.startsWith("//") ? "https:" + src : src);
		frame.attr("title", title.isEmpty() ? "Embedded content from " + host : title);
		frame.attr("loading", "lazy");
		frame.attr("referrerpolicy", "strict-origin-when-cross-origin");
		boolean video = host.contains("youtube") || host.contains("vimeo");
		if (video) {
			frame.attr("allow", VIDEO_ALLOW);
			frame.attr("allowfullscreen", "");
		}
		Element parent = frame.parent();
		if (parent == null || !parent.hasClass("embed")) {
			frame.wrap("<div class=\"embed\"></div>");
		}
	}

	private static Element link(String url, String text) {
		Element paragraph = new Element("p").addClass("embed-link");
		if (url.isEmpty()) {
			return paragraph.text(text);
		}
		paragraph.appendElement("a").attr("href", url).text(text);
		return paragraph;
	}

	private static String firstNonEmpty(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "";
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
