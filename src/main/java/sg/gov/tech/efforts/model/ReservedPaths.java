package sg.gov.tech.efforts.model;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The paths the application answers itself (its stylesheet, probes, search, sitemap, error page, ...), which no page
 * may take over: each reserves its first segment, that segment and everything under it, in any letter case. The web
 * layer derives them from its own mappings, so a path it starts answering is reserved at once.
 *
 * @param segments the reserved first segments, such as {@code /assets} or {@code /sitemap.xml}, in lower case
 * @param search where the site's own search answers: a page with the {@code search} layout may stand there, since it
 * never shows content of its own but leads to that search
 */
public record ReservedPaths(Set<String> segments, String search) {

	/** Nothing reserved, for a load made before the web layer is known. */
	public static final ReservedPaths NONE = new ReservedPaths(Set.of(), "");

	public ReservedPaths {
		segments = Collections.unmodifiableSortedSet(segments.stream()
			.map((segment) -> segment.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	/**
	 * @param path a path the application maps, such as {@code /assets/**} or {@code /preview/problems/}
	 * @return the first segment it reserves ({@code /assets}); empty for a pattern that matches every path
	 * ({@code /**}, {@code /{name}}) or for {@code /} itself, where content's home page goes
	 */
	public static Optional<String> segmentOf(String path) {
		String segment = path.replaceFirst("^/+", "").replaceFirst("/.*$", "");
		if (segment.isEmpty() || segment.contains("*") || segment.contains("{")) {
			return Optional.empty();
		}
		return Optional.of("/" + segment.toLowerCase(Locale.ROOT));
	}

	/**
	 * @param path a page's URL
	 * @param layout the page's layout
	 * @return the reserved segment the page would take over; empty when it may have that URL
	 */
	public Optional<String> claimedBy(String path, Layout layout) {
		String key = Site.key(path);
		if (layout == Layout.SEARCH && !this.search.isEmpty() && key.equals(Site.key(this.search))) {
			return Optional.empty();
		}
		return this.segments.stream().filter((segment) -> key.equals(segment) || key.startsWith(segment + "/"))
			.findFirst();
	}

	/** @return whether any URL of a site falls on a reserved path */
	public boolean anyIn(Site site) {
		return !this.segments.isEmpty() && site.routes().stream().anyMatch((route) -> claimedBy(route.path(),
				route.source().map(Page::layout).orElse(Layout.PAGE)).isPresent());
	}

	/** @return the message for a page left out because its URL is reserved */
	public static String problem(String path, String segment) {
		return "its URL " + path + " is " + (Site.key(path).equals(segment) ? "" : "under ") + segment
				+ ", which the application answers itself: the page is left out; give it another permalink";
	}

}
