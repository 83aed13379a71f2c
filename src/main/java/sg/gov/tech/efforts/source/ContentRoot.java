package sg.gov.tech.efforts.source;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import sg.gov.tech.efforts.model.ContentException;

import org.springframework.util.ResourceUtils;

/**
 * A content root's files: a folder on disk (watched, live-reloaded) or a classpath folder built into the jar. Names
 * are relative to the root, with {@code /} separators.
 */
public abstract sealed class ContentRoot permits FolderRoot, ClasspathRoot {

	/** Folders no content lives in: version control, build output, tools' caches. */
	private static final List<String> NEVER_CONTENT = List.of(".git", "_site", ".jekyll-cache", ".sass-cache",
			"node_modules", "vendor");

	/**
	 * @param location {@code classpath:...}, {@code file:...} or a plain folder path
	 * @return the root it names
	 */
	public static ContentRoot of(String location) {
		String root = rootOf(location);
		if (root.startsWith(ResourceUtils.FILE_URL_PREFIX)) {
			try {
				return new FolderRoot(location, ResourceUtils.getFile(root).toPath().toAbsolutePath().normalize());
			}
			catch (FileNotFoundException ex) {
				throw new ContentException(location, 1, "the content folder cannot be found: " + ex.getMessage());
			}
		}
		return new ClasspathRoot(location, root);
	}

	/** A plain folder path means a folder; prefixes such as {@code classpath:} and {@code file:} pass through. */
	public static String rootOf(String location) {
		String root = location.contains(":") && !location.matches("^[A-Za-z]:[\\\\/].*") ? location
				: "file:" + location;
		return root.endsWith("/") ? root : root + "/";
	}

	private final String location;

	ContentRoot(String location) {
		this.location = location;
	}

	/** @return the location as configured, for messages */
	public String location() {
		return this.location;
	}

	/** @return the folder on disk; empty for content built into the jar */
	public abstract Optional<Path> folder();

	/** @return every file's name, sorted, leaving out version control and build output */
	public abstract List<String> files();

	/** @return whether a file of that name exists */
	public abstract boolean exists(String name);

	/** @return the file's bytes */
	public abstract byte[] read(String name);

	/**
	 * Opens a file to read it a part at a time, for files too large to hold whole.
	 * @param name the file's name
	 * @return its bytes, as a stream the caller closes
	 */
	public InputStream open(String name) {
		return new ByteArrayInputStream(read(name));
	}

	/** @return when the file last changed; {@link Instant#EPOCH} when that cannot be told */
	public abstract Instant lastModified(String name);

	/**
	 * @param name a file's name
	 * @return its size and modification time, which change whenever it does; empty when they cannot be told
	 */
	public abstract String stamp(String name);

	/** @return where the files' dates come from: git history, dates recorded at build time, or file times */
	public abstract ContentDates dates();

	/**
	 * @param name a file's name
	 * @param bytes its content
	 * @return when its content last changed, the date its page shows and sends
	 */
	public Instant changed(String name, byte[] bytes) {
		return dates().of(name, bytes);
	}

	/** Reads a file as UTF-8 text, naming the file when it cannot be read. */
	public String text(String name) {
		return new String(read(name), StandardCharsets.UTF_8);
	}

	static boolean neverContent(String segment) {
		return NEVER_CONTENT.contains(segment);
	}

}
