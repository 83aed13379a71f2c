package sg.gov.tech.efforts.body;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.source.ContentRoot;
import sg.gov.tech.efforts.source.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Editors' styles become a stylesheet of the page's own, scoped to its content, nothing inline. */
class ContentStylesTests {

	private static final String PLACEHOLDER = "/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png";

	private final ValidationReport report = new ValidationReport();

	private PageBody render(String html) {
		return new BodyPipeline(List.of(), false, ImageSizes.NONE).render("styles.md", "/s/", html, 1, false,
				BodyPipeline.Format.HTML, this.report);
	}

	@Test
	void eachDistinctStyleAttributeBecomesOneClassOfThePagesStylesheet() {
		PageBody body = render("<p style=\"color: red\">a</p><p style=\"color:red\">b</p><p style=\"font-weight: bold\">c</p>");
		Document html = Jsoup.parseBodyFragment(body.introHtml());
		assertThat(html.select("[style]")).isEmpty();
		String red = html.select("p").get(0).className();
		assertThat(html.select("p").get(1).className()).isEqualTo(red);
		assertThat(html.select("p").get(2).className()).isNotEqualTo(red);
		assertThat(body.needs().css()).contains(".content-area ." + red + "{color:red !important;}")
			.contains("font-weight:bold !important;");
	}

	@Test
	void declarationsThatLoadAddressesOrLeaveTheColumnAreDroppedWithAWarning() {
		PageBody body = render("<div style=\"background: url(https://x.example/a.png); color: blue; position: fixed; "
				+ "top: 0; margin-left: -300px\">x</div>");
		assertThat(body.needs().css()).contains("color:blue").contains("top:0").doesNotContain("url(")
			.doesNotContain("fixed").doesNotContain("-300px");
		assertThat(this.report.warnings()).extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains("would load an address"))
			.anySatisfy((problem) -> assertThat(problem).contains("out of its column"));
	}

	@Test
	void styleBlocksAreScopedToTheContentArea() {
		PageBody body = styleBlock();
		assertThat(body.needs().css()).contains(".content-area{color:navy;}")
			.contains(".content-area h2,.content-area .note p{margin:0;}")
			.contains("@media (max-width: 600px){.content-area .card{display:block;}");
		assertThat(Jsoup.parseBodyFragment(body.introHtml()).select("style")).isEmpty();
	}

	@Test
	void styleBlocksLoseWhatLoadsOrIsNotAMediaQuery() {
		assertThat(styleBlock().needs().css()).doesNotContain("@import")
			.doesNotContain("font-face")
			.doesNotContain("url(")
			.doesNotContain("comment");
	}

	private PageBody styleBlock() {
		return render("<style>@import url(evil.css); body { color: navy } h2, .note p { margin: 0 } "
				+ "@media (max-width: 600px) { .card { display: block } } @font-face { src: url(x.woff) } "
				+ "/* a comment */ .x { background-image: url(y.png) }</style><p>text</p>");
	}

	@Test
	void aBackgroundPictureOfTheSitesOwnBecomesAnImageSetOfItsCopies() {
		ImageSizes images = ImageSizes.in(ContentRoot.of("classpath:content/"));
		PageBody body = new BodyPipeline(List.of(), false, images).render("styles.md", "/s/",
				"<div class=\"front\" style=\"background-image: url(" + PLACEHOLDER + "); color: white\">x</div>"
						+ "<style>.card { background: #000 url('" + PLACEHOLDER + "') no-repeat }</style>",
				1, false, BodyPipeline.Format.HTML, this.report);
		String css = body.needs().css();
		String version = images.find(PLACEHOLDER).orElseThrow().version();
		String copies = "/assets/images/" + version + "/";
		assertThat(css).contains("background-image:url(\"" + copies + "960/images/Placeholders/")
			.contains("background-image:image-set(url(\"" + copies + "960/images/Placeholders/"
					+ "Screenshot_2023_11_10_at_12_20_50_PM.png.webp\") type(\"image/webp\") 1x")
			.contains(".png\") type(\"image/png\") 1x")
			.contains("background:#000 url(\"" + copies + "960/");
		assertThat(this.report.warnings()).isEmpty();
	}

	@Test
	void anotherSitesBackgroundPictureIsStillDropped() {
		ImageSizes images = ImageSizes.in(ContentRoot.of("classpath:content/"));
		PageBody body = new BodyPipeline(List.of(), false, images).render("styles.md", "/s/",
				"<div style=\"background-image: url(https://x.example/a.png)\">x</div>", 1, false,
				BodyPipeline.Format.HTML, this.report);
		assertThat(body.needs().css()).doesNotContain("url(");
		assertThat(this.report.warnings()).isNotEmpty();
	}

}
