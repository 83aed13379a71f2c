package sg.gov.tech.efforts.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A git working tree made by a test, whose commits carry the dates the test chooses. */
public final class GitRepository implements AutoCloseable {

	private final Path root;

	private final Git git;

	public GitRepository(Path root) throws GitAPIException {
		this.root = root;
		this.git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
	}

	public Path root() {
		return this.root;
	}

	public GitRepository write(String name, String text) throws IOException {
		Path file = this.root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return this;
	}

	/** Commits everything in the working tree as of the given time. */
	public GitRepository commit(String message, Instant when) throws GitAPIException {
		PersonIdent editor = new PersonIdent(new PersonIdent("Editor", "editor@example.gov.sg"),
				java.util.Date.from(when), TimeZone.getTimeZone("Asia/Singapore"));
		this.git.add().addFilepattern(".").call();
		this.git.add().addFilepattern(".").setUpdate(true).call();
		this.git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setSign(false).call();
		return this;
	}

	@Override
	public void close() {
		this.git.close();
	}

}
