package sg.gov.tech.efforts.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A running site serves what editors drop into its content folder, and keeps serving when an edit is broken. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LiveReloadTests {

	/** The promise is 2 s; the bound leaves room for a busy build machine, scripts/reload-latency measures it. */
	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final ContentFolder content = new ContentFolder().page("home.md", "Home", "/home/",
			"Welcome.\n\n### First Area\nText");

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content.location", () -> content.root().toString());
	}

	@AfterAll
	static void deleteFolder() {
		content.delete();
	}

	@Test
	void aNewPageIsServedWithoutARestart() throws Exception {
		addPage("launch");
		awaitStatus("/news/launch/", 200);
		assertThat(body("/news/launch/")).contains("<h1>Launch</h1>");
	}

	@Test
	void aNewPagesSectionsAreServedWithoutARestart() throws Exception {
		addPage("opening");
		awaitStatus("/news/opening/who-can-apply/", 200);
	}

	@Test
	void aDeletedPageIsNoLongerServed() throws Exception {
		addPage("closing");
		awaitStatus("/news/closing/", 200);
		Files.delete(content.root().resolve("news/closing.md"));
		awaitStatus("/news/closing/", 404);
	}

	@Test
	void aBrokenEditIsRejectedWhileTheLastGoodVersionKeepsServingWithout500s(CapturedOutput output)
			throws Exception {
		content.page("policy.md", "Policy", "/policy/", "Version one.\n\n### Scope\nAll");
		awaitStatus("/policy/scope/", 200);
		List<Integer> statuses = new CopyOnWriteArrayList<>();
		AtomicBoolean reading = new AtomicBoolean(true);
		Thread reader = new Thread(() -> {
			while (reading.get()) {
				statuses.add(status("/policy/scope/"));
			}
		});
		reader.start();
		try {
			content.file("policy.md", "---\ntitle: [Policy\npermalink: /policy/\n---\nBroken\n");
			awaitServed().until(() -> output.getOut().contains("policy.md, line 3: invalid YAML in front matter"));
			assertThat(body("/policy/")).contains("Version one.");
			content.page("policy.md", "Policy", "/policy/", "Version two.\n\n### Scope\nAll");
			awaitServed().until(() -> body("/policy/").contains("Version two."));
		}
		finally {
			reading.set(false);
			reader.join();
		}
		assertThat(statuses).isNotEmpty().containsOnly(200);
	}

	@Test
	void anEditedFileIsServedAfreshEvenWhereItsCompressedCopyWasKept() throws Exception {
		content.file("files/notes.txt", "version one ".repeat(40));
		awaitServed().until(() -> gzippedBody("/files/notes.txt").startsWith("version one"));
		content.file("files/notes.txt", "version two ".repeat(40));
		awaitServed().until(() -> gzippedBody("/files/notes.txt").startsWith("version two"));
	}

	/** A page of its own for each test, so that none depends on what another added or deleted. */
	private static void addPage(String name) {
		String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		content.page("news/" + name + ".md", title, "/news/" + name + "/",
				title + " text.\n\n### Who Can Apply\nEveryone");
	}

	private String gzippedBody(String path) throws Exception {
		byte[] body = this.mvc.perform(get(path).header("Accept-Encoding", "gzip")).andReturn().getResponse()
			.getContentAsByteArray();
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void awaitStatus(String path, int status) {
		awaitServed().until(() -> status(path) == status);
	}

	private static ConditionFactory awaitServed() {
		return await("content change served within " + BOUND).atMost(BOUND).pollInterval(Duration.ofMillis(20));
	}

	private int status(String path) {
		try {
			return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			return 500;
		}
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
