package sg.gov.tech.efforts.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrandTests {

	private static final List<String> DARK_MEDIA = List.of("#323232", "#323232", "#323232", "#323232", "#323232");

	@Test
	void contrastIsTheWcagRatioOfTwoColours() {
		assertThat(Brand.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
		assertThat(Brand.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
		// WebAIM's contrast checker gives #767676 on white 4.54:1
		assertThat(Brand.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
	}

	@Test
	void aColourIsWrittenAsSixLowerCaseHexDigits() {
		assertThat(Brand.parse("#ABC")).hasValue("#aabbcc");
		assertThat(Brand.parse(" 6031B6 ")).hasValue("#6031b6");
		assertThat(Brand.parse("purple")).isEmpty();
		assertThat(Brand.parse("#12345")).isEmpty();
	}

	@Test
	void coloursThatPassAreKeptWithoutAWord() {
		List<String> problems = new ArrayList<>();
		Brand brand = new Brand("#6031b6", "#614067", DARK_MEDIA);
		assertThat(brand.readable((key, problem) -> problems.add(key))).isEqualTo(brand);
		assertThat(problems).isEmpty();
	}

	@Test
	void aMediaColourTooLightForWhiteTextIsDarkenedInItsHueWithAWarning() {
		List<String> problems = new ArrayList<>();
		List<String> media = new ArrayList<>(DARK_MEDIA);
		media.set(4, "#50e3c2");
		Brand readable = new Brand("#6031b6", "#614067", media).readable((key, problem) -> problems.add(key + ": " + problem));
		String darker = readable.media().get(4);
		assertThat(Brand.contrast(darker, "#ffffff")).isGreaterThanOrEqualTo(Brand.AA);
		assertThat(Brand.contrast(darker, "#ffffff")).as("no darker than needed").isLessThan(Brand.AA + 0.3);
		int[] rgb = { Integer.parseInt(darker.substring(1, 3), 16), Integer.parseInt(darker.substring(3, 5), 16),
				Integer.parseInt(darker.substring(5, 7), 16) };
		assertThat(rgb[1]).as("still a green-blue: green over red").isGreaterThan(rgb[0]);
		assertThat(rgb[2]).isGreaterThan(rgb[0]);
		assertThat(problems).singleElement().asString().startsWith("media-colors 5: the colour #50e3c2 gives white text")
			.contains("1.60:1").contains(darker);
	}

	@Test
	void theSecondaryColourMustAlsoReadOnTheTintedSections() {
		List<String> problems = new ArrayList<>();
		// Isomer's usual blue: 4.55:1 on white, 4.16:1 on the tint
		Brand readable = new Brand("#6031b6", "#4372d6", DARK_MEDIA).readable((key, problem) -> problems.add(key));
		assertThat(problems).containsExactly("secondary-color");
		assertThat(Brand.contrast(readable.secondary(), Brand.TINT)).isGreaterThanOrEqualTo(Brand.AA);
	}

}
