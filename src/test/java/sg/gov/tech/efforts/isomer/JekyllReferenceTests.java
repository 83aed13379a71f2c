package sg.gov.tech.efforts.isomer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sg.gov.tech.efforts.jekyll.Jekyll;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Differential test: Debian's Jekyll builds a repository full of awkward names (through scripts/jekyll-reference.sh)
 * and the server must publish exactly the pages Jekyll does, at the same URLs, the same file winning a shared URL.
 */
class JekyllReferenceTests {

	@TempDir
	Path folder;

	@Test
	void publishesThePagesJekyllPublishesAtTheirUrls() throws Exception {
		Repository repository = new Repository(this.folder.resolve("repo"));
		repository.file("_config.yml", Repository.CONFIG + "exclude:\n  - README.md\n  - private/\n")
			.page("index.md", "Home", "/", "Welcome")
			.page("guides/How To Apply.md", "How to apply", "", "Steps")
			.page("guides/index.md", "Guides", "", "All guides")
			.page("guides/page.html", "An HTML page", "", "<p>HTML</p>")
			.page("pae/2006.md", "2006 recipients", "/pae/2006", "No trailing slash")
			.page("spaced.md", "Spaced", "/resource-room/category/a reply with spaces/", "Spaces")
			.page("blog/post-one.md", "Placeholder", "/blog/:basename/", "Placeholder")
			.page("_services/Overview.md", "Services", "", "First")
			.page("_services/Sub Folder/Doc One.md", "Doc one", "", "In a sub-folder")
			.page("_services/Sub Folder/Doc Two.md", "Doc two", "/services/two/", "Own permalink")
			.page("news/Media Releases/_posts/2024-03-08-post-IWD 2024: Her Spark.md", "IWD", "", "A post")
			.page("news/speeches/_posts/2023-01-02-speech.md", "Speech", "", "Another")
			.page("news/speeches/_posts/nested/_posts/2023-01-03-deeper.md", "Deeper", "", "Nested posts")
			.page("news/speeches/_posts/2023-09019-bad-date.md", "Bad date", "", "Not a post")
			.page("news/speeches/_posts/2023-02-03-clash.md", "Clash, the post", "/clash/", "Post wins")
			.page("clash.md", "Clash, the page", "/clash/", "Page loses")
			.page("private/secret.md", "Secret", "/secret/", "Excluded")
			.page("_drafts/2024-01-01-draft.md", "Draft", "", "Not published")
			.page(".hidden/page.md", "Hidden", "/hidden/", "Not published")
			.page("#scratch.md", "Scratch", "/scratch/", "Not published")
			.file("README.md", "# Not a page\n")
			.file("notes.md", "No front matter: a static file.\n")
			.file("_services/collection.yml", "collections:\n  services:\n    output: true\n");
		Map<String, String> jekyll = jekyllPages(repository.root());
		Site site = repository.read();
		Map<String, String> ours = new LinkedHashMap<>();
		for (Page page : site.pages()) {
			ours.put(page.permalink(), page.source());
		}
		assertThat(ours).isEqualTo(jekyll);
		assertThat(site.warnings()).anySatisfy((warning) -> assertThat(warning.toString()).contains("/clash/"));
	}

	/** Jekyll's pages by URL (decoded), with the file it writes last at each. */
	private Map<String, String> jekyllPages(Path repository) throws Exception {
		Path out = this.folder.resolve("jekyll.json");
		Jekyll.build(repository, out, this.folder.resolve("site"));
		Map<String, String> pages = new LinkedHashMap<>();
		List<JsonNode> items = new ArrayList<>();
		JsonMapper.shared().readTree(Files.readString(out)).forEach(items::add);
		for (JsonNode item : items) {
			String path = item.get("path").asString();
			String layout = item.path("layout").asString("");
			boolean markup = path.endsWith(".md") || path.endsWith(".html");
			if (markup && !layout.equals("file") && !layout.equals("link") && startsWithFence(repository.resolve(path))) {
				String url = java.net.URLDecoder.decode(item.get("url").asString().replace("+", "%2B"),
						java.nio.charset.StandardCharsets.UTF_8);
				pages.put(url, path);
			}
		}
		return pages;
	}

	private static boolean startsWithFence(Path file) throws IOException {
		return Files.readString(file).startsWith("---");
	}

}
