package sg.gov.tech.efforts.site;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pictures the templates show (hero, infopic, cards, logo, share image) offered as the body's are. */
class PicturesTests {

	private static final RenderedFixture SITE = RenderedFixture.isomerSite();

	private static final String COPIES = "/assets/images/[0-9a-f]{16}/";

	@Test
	void theHeroIsTheFirstPictureFetchedAcrossTheWholeScreen() {
		Element hero = SITE.page("/").selectFirst(".hero img.hero-image");
		assertThat(hero.attr("fetchpriority")).isEqualTo("high");
		assertThat(hero.hasAttr("loading")).isFalse();
		assertThat(hero.attr("width") + "x" + hero.attr("height")).isEqualTo("320x120");
		assertThat(hero.attr("sizes")).isEqualTo("100vw");
		assertThat(hero.attr("alt")).isEmpty();
		assertThat(hero.hasAttr("alt")).isTrue();
		assertThat(hero.parent().selectFirst("source[type=image/webp]").attr("srcset"))
			.matches(COPIES + "320/images/hero\\.png\\.webp 320w");
		assertThat(hero.attr("srcset")).matches(COPIES + "320/images/hero\\.png 320w");
	}

	@Test
	void anInfopicLoadsLazilyAtHalfTheContainer() {
		Element picture = SITE.page("/").selectFirst(".infopic-image img");
		assertThat(picture.attr("loading")).isEqualTo("lazy");
		assertThat(picture.hasAttr("fetchpriority")).isFalse();
		assertThat(picture.attr("width") + "x" + picture.attr("height")).isEqualTo("120x90");
		assertThat(picture.attr("sizes")).startsWith("(min-width: 75rem) 34rem");
		assertThat(picture.attr("alt")).isEqualTo("Staff of the ministry at work");
		assertThat(picture.parent().tagName()).isEqualTo("picture");
	}

	@Test
	void aLatestPostCardsPictureLoadsLazilyAtTheCardsWidth() {
		// the homepage's latest posts show their pictures; the resource room's own cards have none, as in Isomer
		Element card = SITE.page("/").selectFirst(".post-card img.post-card-image");
		assertThat(card.attr("loading")).isEqualTo("lazy");
		assertThat(card.attr("width") + "x" + card.attr("height")).isEqualTo("120x90");
		assertThat(card.attr("sizes")).startsWith("(min-width: 64em) 23rem");
		assertThat(card.parent().selectFirst("source[type=image/webp]").attr("srcset"))
			.matches(COPIES + "120/images/team\\.png\\.webp 120w");
	}

	@Test
	void theLogoIsOfferedAtTheWidthItIsShownAt() {
		Element logo = SITE.page("/").selectFirst(".site-logo img");
		assertThat(logo.attr("sizes")).isEqualTo("160px");
		assertThat(logo.attr("width") + "x" + logo.attr("height")).isEqualTo("160x48");
		assertThat(logo.hasAttr("loading")).isFalse();
	}

	@Test
	void theShareImageIsACopyWithoutMetadata() {
		assertThat(SITE.page("/").selectFirst("meta[property=og:image]").attr("content"))
			.matches("https?://[^/]+" + COPIES + "160/images/logo\\.png");
	}

}
