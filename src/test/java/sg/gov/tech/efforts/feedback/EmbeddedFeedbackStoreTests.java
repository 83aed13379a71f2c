package sg.gov.tech.efforts.feedback;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The feedback store on the embedded H2 file the site keeps by default. */
class EmbeddedFeedbackStoreTests extends FeedbackStoreContract {

	@TempDir
	Path folder;

	@Override
	ApplicationContextRunner runner() {
		return FeedbackDatabases.embedded(this.folder);
	}

}
