package sg.gov.tech.efforts.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** The origins a body's images come from (or {@code data:}), for its Content-Security-Policy's {@code img-src}. */
final class ImageSources {

	private static final Evaluator IMAGE_SOURCES = Css.query("img[src], input[type=image][src]");

	private static final Evaluator SOURCE_SETS = Css.query("img[srcset], source[srcset]");

	private static final Evaluator VIDEO_POSTERS = Css.query("video[poster]");

	private ImageSources() {
	}

	static Set<String> of(Element body) {
		Set<String> sources = new TreeSet<>();
		for (Element image : body.select(IMAGE_SOURCES)) {
			add(sources, image.attr("src"));
		}
		for (Element element : body.select(SOURCE_SETS)) {
			for (String candidate : element.attr("srcset").split(",")) {
				add(sources, candidate.trim().split("\\s+")[0]);
			}
		}
		body.select(VIDEO_POSTERS).forEach((video) -> add(sources, video.attr("poster")));
		return sources;
	}

	/** Adds the origin of an absolute URL; relative URLs are the site's own and need nothing. */
	static void add(Set<String> sources, String url) {
		String trimmed = url.trim();
		if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
			sources.add("data:");
			return;
		}
		try {
			URI uri = new URI(trimmed.startsWith("//") ? "https:" + trimmed : trimmed.replace(" ", "%20"));
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
				String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
				sources.add(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
			}
		}
		catch (URISyntaxException ex) {
			// a URL the browser cannot parse loads nothing, so it needs no source
		}
	}

}
