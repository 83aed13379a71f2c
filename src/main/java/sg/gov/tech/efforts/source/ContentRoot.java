package sg.gov.tech.efforts.source;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sg.gov.tech.efforts.model.ContentException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ResourceUtils;

/**
 * A content root's files: a folder on disk (watched, live-reloaded) or a classpath folder built into the jar. Names
 * are relative to the root, with {@code /} separators.
 */
public abstract sealed class ContentRoot permits ContentRoot.FolderRoot, ContentRoot.ClasspathRoot {

	/** The content built into the jar, whose dates were recorded when it was built. */
	static final String EMBEDDED = "classpath:content/";

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
		return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
	}

	static boolean neverContent(String segment) {
		return NEVER_CONTENT.contains(segment);
	}

	/** A folder on disk, walked afresh each time (so a folder swapped behind a symbolic link is seen). */
	static final class FolderRoot extends ContentRoot {

		private final Path path;

		private final ContentDates dates;

		/** The dates' version as of the last listing, part of every file's stamp. */
		private volatile String datesVersion = "";

		FolderRoot(String location, Path path) {
			super(location);
			this.path = path;
			ContentDates fileTimes = new FileTimes();
			this.dates = GitDates.of(path, fileTimes::of).map(ContentDates.class::cast).orElse(fileTimes);
		}

		@Override
		public ContentDates dates() {
			return this.dates;
		}

		/** Outside git, the files' modification times. */
		private final class FileTimes implements ContentDates {

			@Override
			public Instant of(String name, byte[] bytes) {
				return lastModified(name);
			}

			@Override
			public String source() {
				return "file modification times (" + FolderRoot.this.path + " is not a git working tree)";
			}

		}

		@Override
		public Optional<Path> folder() {
			return Optional.of(this.path);
		}

		@Override
		public List<String> files() {
			this.dates.refresh();
			this.datesVersion = this.dates.version();
			Path real;
			try {
				real = this.path.toRealPath();
			}
			catch (IOException ex) {
				throw new ContentException(location(), 1, "the content folder cannot be read: " + ex.getMessage(), ex);
			}
			List<String> names = new ArrayList<>();
			try {
				Files.walkFileTree(real, new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
						return (!folder.equals(real) && neverContent(folder.getFileName().toString()))
								? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						if (attributes.isRegularFile()) {
							names.add(real.relativize(file).toString().replace('\\', '/'));
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException ex) {
						// an editor's temporary file can vanish while we walk
						return FileVisitResult.CONTINUE;
					}

				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			names.sort(null);
			return names;
		}

		@Override
		public boolean exists(String name) {
			return Files.isRegularFile(this.path.resolve(name));
		}

		@Override
		public byte[] read(String name) {
			try {
				return Files.readAllBytes(this.path.resolve(name));
			}
			catch (NoSuchFileException ex) {
				throw new ContentException(name, 1, "the file was removed while it was being read");
			}
			catch (IOException ex) {
				throw new ContentException(name, 1, "the file cannot be read: " + ex.getMessage(), ex);
			}
		}

		@Override
		public Instant lastModified(String name) {
			try {
				return Files.getLastModifiedTime(this.path.resolve(name)).toInstant();
			}
			catch (IOException ex) {
				return Instant.EPOCH;
			}
		}

		@Override
		public String stamp(String name) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(this.path.resolve(name), BasicFileAttributes.class);
				return attributes.size() + "@" + attributes.lastModifiedTime().toInstant() + "@" + this.datesVersion;
			}
			catch (IOException ex) {
				return "";
			}
		}

	}

	/** A classpath folder, such as the content built into the jar. */
	static final class ClasspathRoot extends ContentRoot {

		private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

		private final String root;

		private final ContentDates dates;

		ClasspathRoot(String location, String root) {
			super(location);
			this.root = root;
			ContentDates resourceTimes = new ContentDates() {

				@Override
				public Instant of(String name, byte[] bytes) {
					return lastModified(name);
				}

				@Override
				public String source() {
					return "the times of the files built into the application (no dates were recorded at build time)";
				}

			};
			this.dates = root.equals(rootOf(EMBEDDED)) ? RecordedDates.load(resourceTimes::of)
				.map(ContentDates.class::cast)
				.orElse(resourceTimes) : resourceTimes;
		}

		@Override
		public ContentDates dates() {
			return this.dates;
		}

		@Override
		public Optional<Path> folder() {
			return Optional.empty();
		}

		@Override
		public List<String> files() {
			try {
				String rootUrl = this.resolver.getResource(this.root).getURL().toString();
				List<String> names = new ArrayList<>();
				for (Resource resource : this.resolver.getResources(this.root + "**/*")) {
					String url = resource.getURL().toString();
					if (url.startsWith(rootUrl) && !url.endsWith("/") && resource.isReadable()) {
						String name = url.substring(rootUrl.length());
						if (java.util.Arrays.stream(name.split("/")).noneMatch(ContentRoot::neverContent)) {
							names.add(name);
						}
					}
				}
				names.sort(null);
				return names;
			}
			catch (IOException ex) {
				throw new ContentException(location(), 1, "the content folder cannot be read: " + ex.getMessage(), ex);
			}
		}

		@Override
		public boolean exists(String name) {
			return this.resolver.getResource(this.root + name).exists();
		}

		@Override
		public byte[] read(String name) {
			try (InputStream in = this.resolver.getResource(this.root + name).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new ContentException(name, 1, "the file cannot be read: " + ex.getMessage(), ex);
			}
		}

		@Override
		public Instant lastModified(String name) {
			try {
				return Instant.ofEpochMilli(this.resolver.getResource(this.root + name).lastModified());
			}
			catch (IOException ex) {
				return Instant.EPOCH;
			}
		}

		@Override
		public String stamp(String name) {
			// files built into the application never change while it runs
			return "built-in";
		}

	}

}
