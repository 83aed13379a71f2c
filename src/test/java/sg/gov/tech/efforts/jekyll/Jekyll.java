package sg.gov.tech.efforts.jekyll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Debian's Jekyll, through scripts/jekyll-reference.sh: the reference differential tests compare the server with.
 * Under CI a missing Jekyll fails the test; elsewhere it is skipped, saying what to install.
 */
public final class Jekyll {

	private Jekyll() {
	}

	/**
	 * Builds a repository.
	 * @param repository the repository
	 * @param listing where to write the JSON list of what Jekyll publishes
	 * @param site where to keep the built pages
	 */
	public static void build(Path repository, Path listing, Path site) throws Exception {
		require();
		Path script = Path.of("scripts/jekyll-reference.sh").toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), repository.toString(),
				listing.toString()).redirectErrorStream(true);
		builder.environment().put("JEKYLL_REFERENCE_SITE", site.toString());
		Process build = builder.start();
		String log = new String(build.getInputStream().readAllBytes());
		assertThat(build.waitFor(180, TimeUnit.SECONDS)).as("jekyll finished").isTrue();
		assertThat(build.exitValue()).as(log).isZero();
	}

	private static void require() {
		boolean installed;
		try {
			installed = new ProcessBuilder("jekyll", "--version").start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			installed = false;
		}
		if (installed) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("Debian's jekyll is needed under CI (apt-get install jekyll)");
		}
		abort("Debian's jekyll is not installed (apt-get install jekyll): the differential test cannot run");
	}

}
