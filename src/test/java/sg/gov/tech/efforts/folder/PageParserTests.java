package sg.gov.tech.efforts.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.body.SectionPages;
import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageParserTests {

	private final PageParser parser = new PageParser();

	@Test
	void splitsTheEffortsPageIntoItsNineAreasInOrder() throws IOException {
		Page page = effortsPage();
		assertThat(page.sections()).extracting(Section::slug)
			.containsExactly("tech-for-public-good", "citizen-engagement-and-co-creation", "user-and-business-journeys",
					"ai-and-data-driven-government", "digital-identity", "wog-platforms-and-tools", "cybersecurity",
					"diversity-and-inclusion", "sustainability");
		assertThat(page.sections().get(4).title()).isEqualTo("Digital Identity");
		assertThat(page.sections().get(4).summary()).startsWith("How GovTech provides our citizens and businesses");
		assertThat(page.sections().get(4).line()).isEqualTo(53);
	}

	@Test
	void emptyDescriptionFallsBackToTheOpeningText() throws IOException {
		assertThat(effortsPage().description())
			.isEqualTo("What are our digital government efforts; How it helps achieve our vision, mission and values; "
					+ "How it works alongside our capabilities");
	}

	@Test
	void keepsTheCardBlock() throws IOException {
		Document intro = Jsoup.parseBodyFragment(effortsPage().introHtml());
		assertThat(intro.select("div.row > div.col")).hasSize(3);
		assertThat(intro.select("a:contains(Learn More)")).hasSize(1);
	}

	@Test
	void wrapsEachCaptionWithItsImageInAFigure() throws IOException {
		Document intro = Jsoup.parseBodyFragment(effortsPage().introHtml());
		assertThat(intro.select("figcaption")).hasSize(3).allSatisfy((caption) -> {
			assertThat(caption.parent().tagName()).isEqualTo("figure");
			assertThat(caption.parent().select("img")).hasSize(1);
		});
	}

	@Test
	void everyNewTabLinkIncludingTheMistypedOneIsSafe() throws IOException {
		Document intro = Jsoup.parseBodyFragment(effortsPage().introHtml());
		List<Element> links = intro.select("a[href^=http]");
		assertThat(links).hasSize(4).allSatisfy((link) -> {
			assertThat(link.attr("target")).isEqualTo("_blank");
			assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		});
		assertThat(effortsPage().introHtml()).doesNotContain("\\_blank");
	}

	@Test
	void everyNewTabLinkSaysItOpensANewTab() throws IOException {
		Document intro = Jsoup.parseBodyFragment(effortsPage().introHtml());
		List<Element> links = intro.select("a[href^=http]");
		assertThat(links).hasSize(4)
			.allSatisfy((link) -> assertThat(link.select(".visually-hidden").text()).isEqualTo("(opens in a new tab)"));
	}

	@Test
	void hidesTheEditorsRedNote() throws IOException {
		Page page = effortsPage();
		assertThat(page.introHtml()).doesNotContain("anchorlinks").doesNotContain("<font");
		assertThat(page.sections()).allSatisfy((section) -> assertThat(new SectionPages().html(section.embeddedHtml())).doesNotContain("<font"));
	}

	@Test
	void theSixthLevelHeadingBeforeTheAreasBecomesAnH2() throws IOException {
		Document intro = Jsoup.parseBodyFragment(effortsPage().introHtml());
		assertThat(intro.select("h3, h4, h5, h6")).isEmpty();
		assertThat(intro.select("h2").text()).isEqualTo("Our digital government efforts can be classified into these few areas:");
	}

	@Test
	void headingsInsideASectionSitOneLevelBelowTheSectionHeading() {
		Page page = fixture("fixtures/valid/sample.md");
		Section first = page.sections().get(0);
		assertThat(first.slug()).isEqualTo("first-area");
		assertThat(Jsoup.parseBodyFragment(first.embeddedHtml()).select("h3").text())
			.isEqualTo("Detail inside the first area");
		assertThat(Jsoup.parseBodyFragment(new SectionPages().html(first.embeddedHtml())).select("h2").text()).isEqualTo("Detail inside the first area");
		assertThat(page.sections().get(1).slug()).isEqualTo("second-area-2");
		assertThat(page.permalink()).isEqualTo("/sample/page/");
	}

	@Test
	void noInternalMarkersLeakIntoTheHtml() throws IOException {
		Page page = effortsPage();
		assertThat(page.introHtml()).doesNotContain("data-source").doesNotContain("data-original-level");
		assertThat(page.sections()).allSatisfy((section) -> assertThat(section.embeddedHtml() + new SectionPages().html(section.embeddedHtml()))
			.doesNotContain("data-source")
			.doesNotContain("data-original-level"));
	}

	@Test
	void twoSectionsWithTheSameSlugStopWithTheSecondHeadingsLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> fixture("fixtures/duplicate-slug/twice.md"))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("twice.md");
				assertThat(ex.line()).isEqualTo(8);
				assertThat(ex.problem()).contains("same-heading");
			});
	}

	private Page effortsPage() throws IOException {
		return this.parser.parse("our-digital-government-efforts.md",
				new ClassPathResource("content/our-digital-government-efforts.md").getContentAsString(
						StandardCharsets.UTF_8),
				Instant.EPOCH);
	}

	private Page fixture(String path) {
		try {
			ClassPathResource resource = new ClassPathResource(path);
			return this.parser.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8),
					Instant.EPOCH);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
