package sg.gov.tech.efforts.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The date of the last commit that changed each file of a content folder inside a git working tree (every Isomer
 * repository is one), read with JGit in one walk of the history, newest first, and kept until HEAD moves. A file
 * edited since that commit (its bytes differ from HEAD's) gets its modification time instead.
 */
final class GitDates implements ContentDates {

	private final Path folder;

	private final Path workTree;

	/** What HEAD was when the dates were read, so a new commit (git-sync's) means reading them again. */
	private ObjectId head;

	private Map<String, Instant> committed = Map.of();

	private Map<String, ObjectId> blobs = Map.of();

	private final BiFunction<String, byte[], Instant> fallback;

	private GitDates(Path folder, Path workTree, BiFunction<String, byte[], Instant> fallback) {
		this.folder = folder;
		this.workTree = workTree;
		this.fallback = fallback;
	}

	/**
	 * @param folder a content folder
	 * @param fallback the date of a file git does not know, or that was edited since its last commit
	 * @return its git dates, when the folder is inside a git working tree
	 */
	static Optional<GitDates> of(Path folder, BiFunction<String, byte[], Instant> fallback) {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
		if (builder.getGitDir() == null) {
			return Optional.empty();
		}
		try (Repository repository = builder.build()) {
			if (repository.isBare() || repository.resolve(Constants.HEAD) == null) {
				return Optional.empty();
			}
			return Optional.of(new GitDates(folder, repository.getWorkTree().toPath().toRealPath(), fallback));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	@Override
	public synchronized Instant of(String name, byte[] bytes) {
		if (this.head == null) {
			refresh();
		}
		String path = pathInRepository(name);
		Instant date = this.committed.get(path);
		ObjectId blob = this.blobs.get(path);
		if (date == null || blob == null || !blob.equals(blobId(bytes))) {
			return this.fallback.apply(name, bytes);
		}
		return date;
	}

	@Override
	public synchronized String version() {
		return (this.head != null) ? this.head.name() : "";
	}

	@Override
	public String source() {
		return "git history of " + this.workTree + (this.head != null ? " (HEAD " + this.head.abbreviate(8).name() + ")" : "");
	}

	/** Reads the history again when HEAD has moved since it was last read. */
	@Override
	public synchronized void refresh() {
		try (Repository repository = new FileRepositoryBuilder().findGitDir(this.workTree.toFile()).build()) {
			ObjectId now = repository.resolve(Constants.HEAD);
			if (now == null || now.equals(this.head)) {
				return;
			}
			read(repository, now);
			this.head = now;
		}
		catch (IOException ex) {
			this.committed = Map.of();
			this.blobs = Map.of();
		}
	}

	/** One walk from HEAD back: each path's date is that of the newest commit whose diff touches it. */
	private void read(Repository repository, ObjectId start) throws IOException {
		Map<String, ObjectId> blobs = new HashMap<>();
		Map<String, Instant> committed = new HashMap<>();
		try (RevWalk walk = new RevWalk(repository); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
			RevCommit headCommit = walk.parseCommit(start);
			try (TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(headCommit.getTree());
				tree.setRecursive(true);
				while (tree.next()) {
					blobs.put(tree.getPathString(), tree.getObjectId(0));
				}
			}
			Set<String> waiting = new HashSet<>(blobs.keySet());
			diff.setRepository(repository);
			diff.setDetectRenames(false);
			walk.markStart(headCommit);
			for (RevCommit commit : walk) {
				if (waiting.isEmpty()) {
					break;
				}
				Instant when = Instant.ofEpochSecond(commit.getCommitTime());
				if (commit.getParentCount() == 0) {
					waiting.forEach((path) -> committed.put(path, when));
					break;
				}
				for (DiffEntry entry : diff.scan(commit.getParent(0).getTree(), commit.getTree())) {
					String path = entry.getNewPath();
					if (waiting.remove(path)) {
						committed.put(path, when);
					}
				}
			}
		}
		this.blobs = blobs;
		this.committed = committed;
	}

	private String pathInRepository(String name) {
		try {
			return this.workTree.relativize(this.folder.toRealPath().resolve(name)).toString().replace('\\', '/');
		}
		catch (IOException ex) {
			return name;
		}
	}

	/** The id git gives these bytes as a file: SHA-1 of "blob LENGTH\0" and the bytes. */
	private static ObjectId blobId(byte[] bytes) {
		try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, bytes);
		}
	}

}
