package sg.gov.tech.efforts.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void givesTheIdsKramdownGivesTheEffortAreas() {
		assertThat(Slugs.of("Tech for Public Good")).isEqualTo("tech-for-public-good");
		assertThat(Slugs.of("Citizen Engagement and Co-creation")).isEqualTo("citizen-engagement-and-co-creation");
		assertThat(Slugs.of("AI and Data Driven Government")).isEqualTo("ai-and-data-driven-government");
		assertThat(Slugs.of("WOG Platforms and Tools")).isEqualTo("wog-platforms-and-tools");
	}

	@Test
	void keepsNeitherPunctuationNorLeadingNonLetters() {
		assertThat(Slugs.of("2024: Singapore’s Plan!")).isEqualTo("singapores-plan");
	}

	@Test
	void aTitleWithoutLettersBecomesSection() {
		assertThat(Slugs.of("???")).isEqualTo("section");
	}

	@Test
	void humanisesPathSegments() {
		assertThat(Slugs.humanise("what-we-do")).isEqualTo("What We Do");
		assertThat(Slugs.humanise("about-us")).isEqualTo("About Us");
	}

}
