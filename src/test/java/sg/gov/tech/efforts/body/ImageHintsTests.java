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
	void localImagesGetTheirSize() {
		Element local = Jsoup.parseBodyFragment(this.page.introHtml()).selectFirst("img[alt=Local]");
		assertThat(local.attr("width") + "x" + local.attr("height")).isEqualTo("960x540");
	}

	@Test
	void externalImagesAreLeftWithoutASize() {
		Document intro = Jsoup.parseBodyFragment(this.page.introHtml());
		assertThat(intro.selectFirst("img[alt=External]").hasAttr("width")).isFalse();
	}

	@Test
	void anEditorsWidthStaysWithAProportionalHeight() {
		Document area = Jsoup.parseBodyFragment(new SectionPages().html(this.page.sections().get(0).embeddedHtml()));
		Element third = area.selectFirst("img[alt=Third]");
		assertThat(third.attr("width") + "x" + third.attr("height")).isEqualTo("10x6");
		assertThat(third.attr("sizes")).isEqualTo("10px");
	}

	@Test
	void aLocalImageIsOfferedAsWebpOrInItsOwnFormatAtTheColumnsWidth() {
		Element local = Jsoup.parseBodyFragment(this.page.introHtml()).selectFirst("img[alt=Local]");
		Element picture = local.parent();
		assertThat(picture.tagName()).isEqualTo("picture");
		Element webp = picture.selectFirst("source[type=image/webp]");
		assertThat(webp.attr("srcset")).matches("/assets/images/[0-9a-f]{16}/320/images/Placeholders/"
				+ "Screenshot_2023_11_10_at_12_20_50_PM.png.webp 320w, \\S+/640/\\S+ 640w, \\S+/960/\\S+\\.webp 960w");
		assertThat(local.attr("srcset")).contains("/960/images/Placeholders/Screenshot_2023_11_10_at_12_20_50_PM.png 960w")
			.doesNotContain(".webp");
		assertThat(local.attr("sizes")).isEqualTo(webp.attr("sizes")).isEqualTo(ImageHints.BODY_SIZES);
		assertThat(local.attr("src")).isEqualTo(PLACEHOLDER);
	}

	@Test
	void anImageInACardOfTheCardGridIsOfferedAtTheCardsWidth() {
		PageBody cards = this.parser.parse("cards.md", """
				---
				title: Cards
				permalink: /cards/
				---
				<div class="isomer-card-grid"><a class="isomer-card" href="/x/"><div class="isomer-card-image">
				<div class="isomer-image-wrapper"><img alt="Card" src="%s"></div></div></a></div>
				""".formatted(PLACEHOLDER));
		Element card = Jsoup.parseBodyFragment(cards.introHtml()).selectFirst("img[alt=Card]");
		assertThat(card.attr("sizes")).isEqualTo(ImageHints.CARD_SIZES);
	}

	@Test
	void theFirstLargeImageOfThePageIsFetchedFirst() {
		Document intro = Jsoup.parseBodyFragment(this.page.introHtml());
		assertThat(intro.selectFirst("img[alt=Local]").attr("fetchpriority")).isEqualTo("high");
		assertThat(intro.selectFirst("img[alt=External]").hasAttr("fetchpriority")).isFalse();
		Document ownPage = Jsoup.parseBodyFragment(new SectionPages().html(this.page.sections().get(0).embeddedHtml()));
		assertThat(ownPage.selectFirst("img[alt=First]").attr("fetchpriority")).isEqualTo("high");
		Document embedded = Jsoup.parseBodyFragment(this.page.sections().get(0).embeddedHtml());
		assertThat(embedded.select("img[fetchpriority]")).isEmpty();
	}

	@Test
	void imagesLoadLazilyUnlessFirstNearTheTop() {
		assertThat(Jsoup.parseBodyFragment(this.page.introHtml()).select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("", "lazy");
		Document embedded = Jsoup.parseBodyFragment(this.page.sections().get(0).embeddedHtml());
		assertThat(embedded.select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("lazy", "eager", "lazy");
		Document ownPage = Jsoup.parseBodyFragment(new SectionPages().html(this.page.sections().get(0).embeddedHtml()));
		assertThat(ownPage.select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("", "eager", "lazy");
	}

}
