package sg.gov.tech.efforts.seo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page and area describes itself to search engines and link previews, with absolute URLs. */
@SpringBootTest(properties = "site.base-url=https://www.example.gov.sg/")
@AutoConfigureMockMvc
class HeadTagsTests {

	static final String BASE = "https://www.example.gov.sg";

	static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CurrentSite content;

	@Test
	void everyPageHasItsOwnTitleDescriptionAndCanonicalUrl() throws Exception {
		List<String> paths = paths();
		assertThat(paths).hasSize(10);
		Set<String> titles = new HashSet<>();
		Set<String> descriptions = new HashSet<>();
		for (String path : paths) {
			Document page = fetch(path);
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(BASE + path);
			assertThat(meta(page, "og:url")).isEqualTo(BASE + path);
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as(path).isNotBlank();
			assertThat(meta(page, "og:description")).isEqualTo(description);
			assertThat(page.select("meta[name=twitter:description]").attr("content")).isEqualTo(description);
			assertThat(page.title()).isEqualTo(meta(page, "og:title") + " | Government Technology Agency");
			titles.add(page.title());
			descriptions.add(description);
		}
		assertThat(titles).hasSameSizeAs(paths);
		assertThat(descriptions).hasSameSizeAs(paths);
	}

	@Test
	void anAreaPageDescribesThatArea() throws Exception {
		Document area = fetch(PAGE + "digital-identity/");
		assertThat(area.title())
			.isEqualTo("Digital Identity | Our Digital Government Efforts | Government Technology Agency");
		assertThat(meta(area, "og:title")).isEqualTo("Digital Identity | Our Digital Government Efforts");
		assertThat(meta(area, "og:description")).startsWith("How GovTech provides our citizens and businesses");
		assertThat(meta(area, "og:type")).isEqualTo("website");
		assertThat(meta(area, "og:site_name")).isEqualTo("Government Technology Agency");
		assertThat(area.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(area.select("meta[name=robots]")).isEmpty();
	}

	@Test
	void thePreviewImageIsACopyOfTheSiteSettingsPictureAndIsServed() throws Exception {
		Document page = fetch(PAGE);
		String image = meta(page, "og:image");
		// a copy without metadata, as wide as previews show it (the picture itself is 1,200 pixels wide)
		assertThat(image).matches(BASE.replace(".", "\\.")
				+ "/assets/images/[0-9a-f]{16}/1200/images/share/our-digital-government-efforts\\.png");
		assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(image);
		assertThat(meta(page, "og:image:alt")).contains("Our Digital Government Efforts");
		this.mvc.perform(get(image.substring(BASE.length()))).andExpect(status().isOk());
	}

	@Test
	void structuredBreadcrumbMatchesTheVisibleBreadcrumb() throws Exception {
		for (String path : paths()) {
			Document page = fetch(path);
			Element script = page.selectFirst("head script[type=application/ld+json]");
			assertThat(script).as(path).isNotNull();
			JsonNode list = JsonMapper.shared().readTree(script.data());
			assertThat(list.get("@context").asString()).isEqualTo("https://schema.org");
			assertThat(list.get("@type").asString()).isEqualTo("BreadcrumbList");
			List<String> structured = new ArrayList<>();
			int position = 1;
			for (JsonNode item : list.get("itemListElement")) {
				assertThat(item.get("position").asInt()).isEqualTo(position++);
				structured.add(item.get("name").asString() + " -> " + item.get("item").asString());
			}
			List<String> visible = page.select("nav[aria-label=Breadcrumb] a")
				.stream()
				.map((link) -> link.text() + " -> " + BASE + link.attr("href"))
				.toList();
			assertThat(structured).as(path).isNotEmpty().containsExactlyElementsOf(visible);
			assertThat(structured.get(structured.size() - 1)).endsWith(BASE + path);
		}
	}

	@Test
	void everyPageLinksTheIconsItShips() throws Exception {
		Document page = fetch(PAGE + "cybersecurity/");
		for (String href : List.of(page.select("link[rel=icon]").attr("href"),
				page.select("link[rel=apple-touch-icon]").attr("href"))) {
			assertThat(href).isNotEmpty();
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
	}

	private List<String> paths() {
		List<String> paths = new ArrayList<>();
		for (Page page : this.content.site().pages()) {
			paths.add(page.permalink());
			for (Section section : page.sections()) {
				paths.add(page.urlOf(section));
			}
		}
		return paths;
	}

	private static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "]");
		assertThat(meta).as(property).isNotNull();
		return meta.attr("content");
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
