package sg.gov.tech.efforts.model;

import java.util.List;
import java.util.Locale;

/**
 * Which files of the content root visitors may fetch: those under {@code images/} and {@code files/}, never a
 * dot-file, a Markdown or settings source, or a path that climbs out of its folder.
 */
public final class ContentFiles {

	/** The content root's folders served at {@code /images/…} and {@code /files/…}. */
	public static final List<String> FOLDERS = List.of("images/", "files/");

	private static final List<String> SOURCE_EXTENSIONS = List.of(".md", ".markdown", ".yml", ".yaml");

	private ContentFiles() {
	}

	/**
	 * @param path a path inside a served folder, such as {@code Placeholders/logo.png}, without a leading slash
	 * @return whether a visitor may fetch it
	 */
	public static boolean servable(String path) {
		if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("%")
				|| path.contains("\0")) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.startsWith(".") || segment.contains(":")) {
				return false;
			}
		}
		String lower = path.toLowerCase(Locale.ROOT);
		return SOURCE_EXTENSIONS.stream().noneMatch(lower::endsWith);
	}

	/**
	 * @param path a path from the content root, such as {@code images/logo.png}
	 * @return whether it is in a served folder and servable there
	 */
	public static boolean servableFromRoot(String path) {
		return FOLDERS.stream()
			.anyMatch((folder) -> path.startsWith(folder) && servable(path.substring(folder.length())));
	}

}
