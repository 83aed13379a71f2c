package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/** A throwaway external content folder for tests that start the application against one. */
final class ContentFolder {

	private final Path root;

	ContentFolder() {
		try {
			this.root = Files.createTempDirectory("content-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path root() {
		return this.root;
	}

	/** Writes a page with a title and permalink, and the given Markdown body. */
	ContentFolder page(String name, String title, String permalink, String body) {
		return file(name, "---\ntitle: " + title + "\npermalink: " + permalink + "\n---\n" + body + "\n");
	}

	ContentFolder file(String name, String text) {
		return file(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	ContentFolder file(String name, byte[] bytes) {
		try {
			Path file = this.root.resolve(name);
			Files.createDirectories(file.getParent());
			Path written = Files.write(file.resolveSibling(file.getFileName() + ".tmp"), bytes);
			// a rename is how editors' tools save: the watcher never sees a half-written page
			Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete() {
		try {
			FileSystemUtils.deleteRecursively(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
