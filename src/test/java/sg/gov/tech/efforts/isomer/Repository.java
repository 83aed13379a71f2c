package sg.gov.tech.efforts.isomer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.source.ContentRoot;

/** A throwaway Isomer repository written by a test, read as the server reads one. */
final class Repository {

	static final String CONFIG = "title: Test Agency\npermalink: none\ndefaults:\n  - scope:\n      path: \"\"\n    values:\n"
			+ "      layout: page\n";

	private final Path root;

	Repository(Path root) {
		this.root = root;
		file("_config.yml", CONFIG);
	}

	Path root() {
		return this.root;
	}

	/** A page with a title, a permalink (none when empty) and a body. */
	Repository page(String name, String title, String permalink, String body) {
		return file(name, "---\ntitle: " + title + "\n" + (permalink.isEmpty() ? "" : "permalink: " + permalink + "\n")
				+ "---\n" + body + "\n");
	}

	Repository file(String name, String text) {
		try {
			Path file = this.root.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Repository delete(String name) {
		try {
			Files.delete(this.root.resolve(name));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Site read() {
		return new IsomerReader(false, false).read(ContentRoot.of(this.root.toString()));
	}

}
