package sg.gov.tech.efforts.source;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * The date the embedded content's files should show, worked out apart from the application: the last commit that
 * changed the file ({@code git log -1 -- file}) when this project's git history is here, else (a release tarball,
 * a "Download ZIP") the modification time of the copy built into the application, since no dates were recorded.
 */
public final class EmbeddedContentDates {

	private static final String CONTENT = "src/main/resources/content/";

	private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	private EmbeddedContentDates() {
	}

	/** @return whether the project's git history is here, so the build recorded dates from it */
	public static boolean historyPresent() {
		return repository().isPresent();
	}

	/**
	 * @param name a file of the embedded content, such as {@code our-digital-government-efforts.md}
	 * @return when it should be shown to have changed
	 */
	public static Instant expected(String name) throws IOException {
		Optional<File> gitDir = repository();
		if (gitDir.isEmpty()) {
			return Instant.ofEpochMilli(new ClassPathResource("content/" + name).lastModified());
		}
		try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.get()).readEnvironment().build();
				Git git = Git.wrap(repository)) {
			Iterator<RevCommit> last = git.log().addPath(CONTENT + name).setMaxCount(1).call().iterator();
			return Instant.ofEpochSecond(last.next().getCommitTime());
		}
		catch (GitAPIException ex) {
			throw new IOException(ex);
		}
	}

	/** @return the day the footer shows for that date, in Singapore */
	public static LocalDate expectedDay(String name) throws IOException {
		return LocalDate.ofInstant(expected(name), SINGAPORE);
	}

	private static Optional<File> repository() {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(new File(CONTENT).getAbsoluteFile());
		return Optional.ofNullable(builder.getGitDir());
	}

}
