package sg.gov.tech.efforts.seo;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Url;

import static org.assertj.core.api.Assertions.assertThat;

class BreadcrumbJsonLdTests {

	@Test
	void contentCannotCloseTheScriptElementYetReadsBackUnchanged() {
		String hostile = "</script><script>alert('x')</script> & \u2028 \"quoted\"";
		String json = BreadcrumbJsonLd.of(List.of(new Link("Home", new Url("https://example.gov.sg/")),
				new Link(hostile, new Url("https://example.gov.sg/a/"))));
		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		JsonNode items = JsonMapper.shared().readTree(json).get("itemListElement");
		assertThat(items).hasSize(2);
		assertThat(items.get(1).get("name").asString()).isEqualTo(hostile);
		assertThat(items.get(1).get("position").asInt()).isEqualTo(2);
		assertThat(items.get(1).get("item").asString()).isEqualTo("https://example.gov.sg/a/");
	}

}
