package sg.gov.tech.efforts.source;

import java.util.Map;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** A warning about a colour names the line the colour is written on, in either way of writing media colours. */
class BrandSettingsLinesTests {

	@Test
	void aBareMediaColourIsFoundOnItsOwnLine() {
		String yaml = "title: X\ncolors:\n  primary-color: '#000000'\n  media-colors:\n    - '#000000'\n    - '#eeeeee'\n";
		assertThat(warnedLine(yaml)).isEqualTo(6);
	}

	@Test
	void aMediaColourEntryIsFoundOnItsColorLine() {
		String yaml = "colors:\n  media-colors:\n    - title: one\n      color: '#000000'\n    - title: two\n"
				+ "      color: '#eeeeee'\n";
		assertThat(warnedLine(yaml)).isEqualTo(6);
	}

	@Test
	void theGovernmentFlagIsFalseOnlyWhenSaidSo() {
		assertThat(BrandSettings.government(Map.of("is_government", false))).isFalse();
		assertThat(BrandSettings.government(Map.of("is_government", "false"))).isFalse();
		assertThat(BrandSettings.government(Map.of())).isTrue();
		assertThat(BrandSettings.government(Map.of("is_government", true))).isTrue();
	}

	private static int warnedLine(String yaml) {
		YamlBlock block = new YamlBlock("_config.yml", yaml, 1);
		ValidationReport report = new ValidationReport();
		BrandSettings.brand(block, block.load("settings"), report);
		return report.warnings().stream().mapToInt(ContentProblem::line).findFirst().orElse(-1);
	}

}
