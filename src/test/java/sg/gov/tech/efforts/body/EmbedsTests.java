package sg.gov.tech.efforts.body;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Frames from listed hosts are kept, safely; any other frame or scripted embed becomes a link. */
class EmbedsTests {

	private final ValidationReport report = new ValidationReport();

	private PageBody render(String html) {
		return new BodyPipeline(List.of(), false, ImageSizes.NONE).render("embeds.md", "/e/", html, 5, false,
				BodyPipeline.Format.HTML, this.report);
	}

	@Test
	void aYoutubeVideoIsKeptTitledLazyWithTheFeaturesItNeedsOnlyInAResponsiveBox() {
		PageBody body = render("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/abc\" "
				+ "frameborder=\"0\" onload=\"alert(1)\" allow=\"autoplay; camera\"></iframe>");
		Element frame = Jsoup.parseBodyFragment(body.introHtml()).selectFirst("div.embed > iframe");
		assertThat(frame).isNotNull();
		assertThat(frame.attr("src")).isEqualTo("https://www.youtube.com/embed/abc");
		assertThat(frame.attr("title")).isEqualTo("Embedded content from www.youtube.com");
		assertThat(frame.attr("loading")).isEqualTo("lazy");
		assertThat(frame.attr("allow")).isEqualTo("fullscreen; encrypted-media; picture-in-picture");
		assertThat(frame.attributes().asList()).extracting((attribute) -> attribute.getKey())
			.containsExactlyInAnyOrder("src", "title", "loading", "referrerpolicy", "allow", "allowfullscreen");
		assertThat(frame.hasAttr("onload")).isFalse();
		assertThat(body.needs().frameSources()).containsExactly("https://www.youtube.com");
	}

	@Test
	void aFrameFromAHostNotListedIsALinkWithAWarning() {
		PageBody body = render("<iframe src=\"https://tracker.example.com/widget\" title=\"Widget\"></iframe>");
		Document html = Jsoup.parseBodyFragment(body.introHtml());
		assertThat(html.select("iframe")).isEmpty();
		assertThat(html.select("a").attr("href")).isEqualTo("https://tracker.example.com/widget");
		assertThat(html.select("a").text()).isEqualTo("View embedded content from tracker.example.com");
		assertThat(body.needs().frameSources()).isEmpty();
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("tracker.example.com is not on the list"));
	}

	@Test
	void anInstagramEmbedBecomesALinkToThePostWithoutItsScript() {
		PageBody body = render("<blockquote class=\"instagram-media\" data-instgrm-permalink=\""
				+ "https://www.instagram.com/p/xyz/\"><a href=\"https://www.instagram.com/p/xyz/\">A post</a></blockquote>"
				+ "<script async src=\"//www.instagram.com/embed.js\"></script>");
		Document html = Jsoup.parseBodyFragment(body.introHtml());
		assertThat(html.select("script, blockquote")).isEmpty();
		assertThat(html.select("a")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("View this post on Instagram",
					"https://www.instagram.com/p/xyz/"));
		assertThat(this.report.warnings()).hasSize(1);
	}

	@Test
	void theHostsFramesMayComeFromAreConfigurable() {
		EmbedPolicy policy = new EmbedPolicy(List.of("maps.example.gov.sg"), List.of());
		PageBody body = new BodyPipeline(List.of(), false, ImageSizes.NONE, policy).render("e.md", "/e/",
				"<iframe src=\"https://maps.example.gov.sg/x\" title=\"Map\"></iframe>"
						+ "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>", 1, false,
				BodyPipeline.Format.HTML, this.report);
		assertThat(body.needs().frameSources()).containsExactly("https://maps.example.gov.sg");
		assertThat(Jsoup.parseBodyFragment(body.introHtml()).select("iframe").attr("title")).isEqualTo("Map");
	}

}
