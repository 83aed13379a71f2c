package sg.gov.tech.efforts.body;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTests {

	@Test
	void noScriptFrameFormOrEmbedReachesAVisitor() throws IOException {
		Document page = hostilePage();
		assertThat(page.select("script, iframe, form, input, button, object, embed, svg, style")).isEmpty();
		assertThat(page.text()).doesNotContain("alert('script block')");
	}

	@Test
	void noEventHandlerAttributeSurvives() throws IOException {
		for (Element element : hostilePage().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWithIgnoringCase("on");
			}
		}
	}

	@Test
	void scriptOrDataUrlsAreDroppedHoweverTheyAreWritten() throws IOException {
		Document page = hostilePage();
		assertThat(page.text()).contains("a script link", "a data link", "Disguised link", "Entity-encoded script link",
				"Space-prefixed script link");
		// the frame and the form from a host not listed are plain links now, never a frame or a form
		assertThat(page.select("a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("https://www.tech.gov.sg/", "https://evil.example/", "https://evil.example/steal");
		assertThat(page.select("iframe, form, input, button")).isEmpty();
		assertThat(page.select("img[alt=Data image]").attr("src")).isEmpty();
		assertThat(page.html().toLowerCase()).doesNotContain("javascript:").doesNotContain("data:");
	}

	@Test
	void styleAttributesBecomeGeneratedClassesLeavingNoStyleInThePage() throws IOException {
		Document page = hostilePage();
		assertThat(page.select("[style], style")).isEmpty();
		assertThat(page.select("div.col").first().classNames()).containsExactly("col");
		assertThat(page.select("div.row").first().classNames()).anySatisfy((name) -> assertThat(name).startsWith("s-"));
	}

	@Test
	void whatIsomerPagesUseIsKept() throws IOException {
		Document page = hostilePage();
		Element safe = page.selectFirst("a.button");
		assertThat(safe.attr("href")).isEqualTo("https://www.tech.gov.sg/");
		assertThat(safe.attr("target")).isEqualTo("_blank");
		assertThat(safe.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(page.select("img[alt=A safe photo]").attr("src")).isEqualTo("/images/photo.png");
		assertThat(page.select("figure > figcaption").text()).isEqualTo("Caption");
		assertThat(page.select("table th")).extracting(Element::text).containsExactly("Name", "Value");
		assertThat(page.select("td em").text()).isEqualTo("One");
		assertThat(page.select("ol > li")).hasSize(2);
		assertThat(page.select("blockquote").text()).isEqualTo("A quote");
		assertThat(page.select("pre code").text()).isEqualTo("<script>shown as code</script>");
	}

	@Test
	void theEffortsPageIsUnchangedByTheAllowlist() throws IOException {
		String source = new ClassPathResource("content/our-digital-government-efforts.md")
			.getContentAsString(StandardCharsets.UTF_8);
		String html = new MarkdownRenderer().render(source.substring(source.indexOf("\n---\n") + 5));
		Document dirty = HtmlSanitizer.parse(html);
		dirty.outputSettings().prettyPrint(false);
		Document clean = HtmlSanitizer.clean(dirty);
		assertThat(clean.body().html()).isEqualTo(dirty.body().html());
	}

	private static Document hostilePage() throws IOException {
		PageBody page = new TestBodies().parse("hostile.md", new ClassPathResource("fixtures/hostile/hostile.md").getContentAsString(StandardCharsets.UTF_8));
		StringBuilder html = new StringBuilder(page.introHtml());
		page.sections().forEach((section) -> html.append(section.embeddedHtml()));
		return Jsoup.parseBodyFragment(html.toString());
	}

}
