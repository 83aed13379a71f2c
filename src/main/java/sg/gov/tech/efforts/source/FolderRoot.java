package sg.gov.tech.efforts.source;

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

/** A folder on disk, walked afresh each time (so a folder swapped behind a symbolic link is seen). */
final class FolderRoot extends ContentRoot {

	private final Path path;

	private final ContentDates dates;

	/** The dates' version as of the last listing, part of every file's stamp. */
	private volatile String datesVersion = "";

	FolderRoot(String location, Path path) {
		super(location);
		this.path = path;
		ContentDates fileTimes = new FileTimes(this::lastModified,
				"file modification times (" + path + " is not a git working tree)");
		this.dates = GitDates.of(path, fileTimes::of).map(ContentDates.class::cast).orElse(fileTimes);
	}

	@Override
	public ContentDates dates() {
		return this.dates;
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
	public InputStream open(String name) {
		try {
			return Files.newInputStream(this.path.resolve(name));
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
