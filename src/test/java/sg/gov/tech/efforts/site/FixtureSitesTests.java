package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import sg.gov.tech.efforts.content.CurrentSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture site of the project, and the content built into the jar, served in turn by one running application:
 * no URL any of them publishes (pages, sections, lists and their pages, search, the sitemap and what it names, the 404
 * page, every local link and picture) answers 5xx, whatever the content holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "site.content.watch=false")
class FixtureSitesTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	private static final Path EMBEDDED = Path.of("src/main/resources/content");

	private static final ContentFolder folder = new ContentFolder();

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite content;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.copyRecursively(FIXTURES.resolve("valid"), folder.root());
		registry.add("site.content.location", () -> folder.root().toString());
	}

	@AfterAll
	static void deleteFolder() {
		folder.delete();
	}

	static Stream<Path> sites() throws IOException {
		try (Stream<Path> fixtures = Files.list(FIXTURES)) {
			return Stream.concat(fixtures.filter(Files::isDirectory).sorted().toList().stream(), Stream.of(EMBEDDED));
		}
	}

	@ParameterizedTest
	@MethodSource("sites")
	void noUrlThatASitePublishesAnswers5xx(Path site) throws IOException {
		FileSystemUtils.deleteRecursively(folder.root());
		FileSystemUtils.copyRecursively(site, folder.root());
		// a site that cannot be served at all is rejected: the one before it is still served, and crawled again
		this.content.reload();
		List<PublishedUrls.Answer> answers = PublishedUrls.fetchAll(this.port, this.content.site());
		assertThat(answers).isNotEmpty()
			.allSatisfy((answer) -> assertThat(answer.status()).as("GET %s", answer.target()).isLessThan(500));
	}

}
