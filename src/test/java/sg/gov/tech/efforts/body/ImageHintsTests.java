package sg.gov.tech.efforts.body;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.source.ContentRoot;

import static org.assertj.core.api.Assertions.assertThat;

class ImageHintsTests {

	private static final String PLACEHOLDER = "/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png";

	private final TestBodies parser = new TestBodies(List.of(), false,
			ImageSizes.in(ContentRoot.of("classpath:content/")));

	private final PageBody page = this.parser.parse("images.md", """
			---
			title: Images
			permalink: /images-page/
			---
			<img alt="Local" src="%1$s"> <img alt="External" src="https://example.org/a.jpg">

			### Area
			<img alt="First" src="%1$s"> <img alt="Second" src="%1$s" loading="eager">
			<img alt="Third" src="%1$s" width="10">
			""".formatted(PLACEHOLDER));

	@Test
	void localImagesGetTheirSizeAndExternalOnesAndEditorsSizesAreLeftAlone() {
		Document intro = Jsoup.parseBodyFragment(this.page.introHtml());
		Element local = intro.selectFirst("img[alt=Local]");
		assertThat(local.attr("width") + "x" + local.attr("height")).isEqualTo("960x540");
		assertThat(intro.selectFirst("img[alt=External]").hasAttr("width")).isFalse();
		Document area = Jsoup.parseBodyFragment(SectionPages.html(this.page.sections().get(0).embeddedHtml()));
		assertThat(area.selectFirst("img[alt=Third]").attr("width")).isEqualTo("10");
		assertThat(area.selectFirst("img[alt=Third]").hasAttr("height")).isFalse();
	}

	@Test
	void imagesNearTheTopLoadAtOnceAndImagesBelowTheFoldLazily() {
		assertThat(Jsoup.parseBodyFragment(this.page.introHtml()).select("img[loading]")).isEmpty();
		Document embedded = Jsoup.parseBodyFragment(this.page.sections().get(0).embeddedHtml());
		assertThat(embedded.select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("lazy", "eager", "lazy");
		Document ownPage = Jsoup.parseBodyFragment(SectionPages.html(this.page.sections().get(0).embeddedHtml()));
		assertThat(ownPage.select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("", "eager", "lazy");
	}

}
