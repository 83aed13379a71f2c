package sg.gov.tech.efforts.isomer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files of an Isomer repository Jekyll reads, and as what: pages, collection documents, posts, data, static
 * files, or nothing at all ({@code _layouts/}, files starting with {@code _} or {@code .}, {@code exclude} paths).
 */
final class JekyllFiles {

	/** What Jekyll makes of a file. */
	enum Kind {

		/** A page, if it has front matter; else a static file. */
		PAGE,

		/** A document of a collection ({@code _about-us/...}). */
		DOCUMENT,

		/** A post of a {@code _posts/} folder. */
		POST,

		/** A {@code _data/} file. */
		DATA,

		/** A file Jekyll copies as it is. */
		STATIC,

		/** A file Jekyll does not publish. */
		IGNORED

	}

	/**
	 * One file, classified.
	 *
	 * @param name its path in the repository
	 * @param kind what Jekyll makes of it
	 * @param collection for a document, its collection's name
	 * @param categories for a post, the folders before {@code _posts/} ({@code news}, {@code press-releases})
	 * @param date for a post, the date in its name
	 * @param slug for a post, the rest of its name; for other files their name without extension
	 */
	record Source(String name, Kind kind, String collection, List<String> categories, Optional<LocalDate> date,
			String slug) {

		/** @return the folder the file is in, relative to its collection for a document; empty at the top */
		String folder() {
			String path = this.kind == Kind.DOCUMENT ? this.name.substring(this.collection.length() + 2) : this.name;
			int slash = path.lastIndexOf('/');
			return (slash < 0) ? "" : path.substring(0, slash);
		}

		/** @return the file's name without folder or extension */
		String basename() {
			String file = this.name.substring(this.name.lastIndexOf('/') + 1);
			int dot = file.lastIndexOf('.');
			return (dot > 0) ? file.substring(0, dot) : file;
		}

		/** @return the front matter defaults' type of the file */
		String type() {
			return switch (this.kind) {
				case POST -> "posts";
				case DOCUMENT -> this.collection;
				default -> "pages";
			};
		}

	}

	/** Jekyll's post names: a date, a dash, a title. */
	private static final Pattern POST_NAME = Pattern.compile("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.*)\\.[^.]+$");

	private static final Set<String> NEVER_PUBLISHED = Set.of("_includes", "_layouts", "_plugins", "_sass",
			"_site", "_drafts", "_config.yml");

	private static final Set<String> CONVERTED = Set.of("md", "markdown", "html", "htm");

	private final JekyllConfig config;

	private final Set<String> collections;

	private final List<PathMatcher> excluded;

	/**
	 * @param config the site's configuration
	 * @param collections the names of its collections
	 */
	JekyllFiles(JekyllConfig config, Set<String> collections) {
		this.config = config;
		this.collections = collections;
		this.excluded = config.exclude().stream()
			.filter((pattern) -> pattern.contains("*") || pattern.contains("?") || pattern.contains("["))
			.map((glob) -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
			.toList();
	}

	Source classify(String name) {
		String[] segments = name.split("/");
		String first = segments[0];
		if (isExcluded(name) || NEVER_PUBLISHED.contains(first)) {
			return of(name, Kind.IGNORED);
		}
		if (first.equals("_data") && segments.length > 1) {
			return of(name, Kind.DATA);
		}
		int posts = Arrays.asList(segments).indexOf("_posts");
		if (posts >= 0 && posts < segments.length - 1 && !isHidden(segments, 0, posts) && isConverted(name)) {
			return post(name, List.of(Arrays.copyOfRange(segments, 0, posts)));
		}
		if (first.startsWith("_") && segments.length > 1 && this.collections.contains(first.substring(1))) {
			if (isHidden(segments, 1, segments.length)) {
				return of(name, Kind.IGNORED);
			}
			return new Source(name, isConverted(name) ? Kind.DOCUMENT : Kind.STATIC, first.substring(1), List.of(),
					Optional.empty(), "");
		}
		if (isHidden(segments, 0, segments.length)) {
			return of(name, Kind.IGNORED);
		}
		return of(name, isConverted(name) ? Kind.PAGE : Kind.STATIC);
	}

	private Source post(String name, List<String> categories) {
		Matcher parts = POST_NAME.matcher(name.substring(name.lastIndexOf('/') + 1));
		if (!parts.matches()) {
			return of(name, Kind.IGNORED);
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
					Integer.parseInt(parts.group(3)));
			return new Source(name, Kind.POST, "", categories, Optional.of(date), parts.group(4));
		}
		catch (DateTimeException ex) {
			return of(name, Kind.IGNORED);
		}
	}

	private static Source of(String name, Kind kind) {
		return new Source(name, kind, "", List.of(), Optional.empty(), "");
	}

	/** A segment starting with '.', '_' or '#', or ending with '~', hides what is below it (but named includes). */
	private boolean isHidden(String[] segments, int from, int to) {
		for (int i = from; i < to; i++) {
			String segment = segments[i];
			boolean special = segment.startsWith(".") || segment.startsWith("_") || segment.startsWith("#")
					|| segment.endsWith("~");
			if (special && !this.config.include().contains(segment)) {
				return true;
			}
		}
		return false;
	}

	private boolean isExcluded(String name) {
		for (String pattern : this.config.exclude()) {
			String bare = pattern.replaceAll("^/+", "");
			String folder = bare.endsWith("/") ? bare : bare + "/";
			if (name.equals(bare) || name.startsWith(folder)) {
				return true;
			}
		}
		Path path = Path.of(name);
		return this.excluded.stream().anyMatch((matcher) -> matcher.matches(path));
	}

	private static boolean isConverted(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && CONVERTED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

}
