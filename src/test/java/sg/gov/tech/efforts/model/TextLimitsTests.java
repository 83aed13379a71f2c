package sg.gov.tech.efforts.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLimitsTests {

	@Test
	void aLongTextIsCutAtTheLastSpaceBeforeTheLimitWithAnEllipsis() {
		String cut = TextLimits.cut("one two three four", 12);
		assertThat(cut).isEqualTo("one two…").hasSizeLessThanOrEqualTo(12);
	}

	@Test
	void aTextWithinTheLimitIsLeftAsItIs() {
		assertThat(TextLimits.cut("one two", 7)).isEqualTo("one two");
	}

	@Test
	void oneLongWordIsCutHardWithoutSplittingASurrogatePair() {
		String emoji = "\uD83D\uDE00".repeat(20);
		String cut = TextLimits.cut(emoji, 10);
		assertThat(cut).hasSizeLessThanOrEqualTo(10).endsWith("…");
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
	}

	@Test
	void eachKindOfTextHasALimitOfItsOwn() {
		assertThat(TextLimits.forKey("title")).isEqualTo(300);
		assertThat(TextLimits.forKey("third_nav_title")).isEqualTo(300);
		assertThat(TextLimits.forKey("description")).isEqualTo(2_000);
		assertThat(TextLimits.forKey("notification")).isEqualTo(10_000);
	}

	@Test
	void everyTextOfLoadedYamlIsBoundedByItsKey() {
		Map<?, ?> bounded = boundedYaml(new ArrayList<>());
		Map<?, ?> boundedHero = (Map<?, ?>) ((Map<?, ?>) ((List<?>) bounded.get("sections")).get(0)).get("hero");
		assertThat((String) boundedHero.get("title")).hasSizeLessThanOrEqualTo(300);
		assertThat(boundedHero.get("url")).isEqualTo("/ok/");
		assertThat((String) bounded.get("description")).hasSize(2_000);
	}

	@Test
	void eachCutOfLoadedYamlIsReported() {
		List<TextLimits.Cut> cuts = new ArrayList<>();
		boundedYaml(cuts);
		assertThat(cuts).extracting(TextLimits.Cut::where).containsExactly("sections[0].hero.title", "description");
		assertThat(cuts.get(0).problem()).contains("500 characters long, over the 300");
	}

	private static Map<?, ?> boundedYaml(List<TextLimits.Cut> cuts) {
		Map<String, Object> hero = new LinkedHashMap<>();
		hero.put("title", "word ".repeat(100));
		hero.put("url", "/ok/");
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("sections", List.of(Map.of("hero", hero)));
		yaml.put("description", "d".repeat(2_001));
		return (Map<?, ?>) TextLimits.bound(yaml, cuts);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAliasInsideItsOwnAnchorIsLeftOutRatherThanLoopingForever() {
		List<Object> loop = new ArrayList<>();
		loop.add("item");
		loop.add(loop);
		List<TextLimits.Cut> cuts = new ArrayList<>();
		Map<?, ?> bounded = (Map<?, ?>) TextLimits.bound(Map.of("links", loop), cuts);
		assertThat((List<Object>) bounded.get("links")).containsExactly("item", null);
		assertThat(cuts).singleElement().satisfies((cut) -> assertThat(cut.problem()).contains("refers to itself"));
	}

	@Test
	void aValueSharedByAliasesIsCopiedOnce() {
		Map<String, Object> shared = new LinkedHashMap<>(Map.of("title", "Shared"));
		List<Object> twice = List.of(shared, shared);
		List<?> bounded = (List<?>) TextLimits.bound(twice, new ArrayList<>());
		assertThat(bounded.get(0)).isSameAs(bounded.get(1)).isNotSameAs(shared);
	}

}
