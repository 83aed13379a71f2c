package sg.gov.tech.efforts.seo;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.NodeList;
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

/**
 * What a crawler or a link preview finds on the served site, every page of the embedded content: these need the whole
 * application because they check that parts made apart agree, the sitemap with the rendered pages, each page's head
 * with its own template and breadcrumb, and the images and icons the pages link with the resource handlers that serve
 * them. How each part is made is tested on its own ({@link HeadTagsTests}, {@link SitemapTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedSiteSeoTests {

	/** The default base URL: this class shares its application context with others of the defaults. */
	private static final String BASE = "http://localhost:8080";

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CurrentSite content;

	/** Every page and section path of the content, with its served HTML. */
	private final Map<String, Document> pages = new LinkedHashMap<>();

	@BeforeAll
	void fetchEveryPage() throws Exception {
		for (Page page : this.content.site().pages()) {
			this.pages.put(page.permalink(), fetch(page.permalink()));
			for (Section section : page.sections()) {
				this.pages.put(page.urlOf(section), fetch(page.urlOf(section)));
			}
		}
		assertThat(this.pages).hasSize(10);
	}

	@Test
	void everySitemapUrlAnswersAndNamesItselfCanonical() throws Exception {
		for (String location : sitemap()) {
			String path = location.substring(BASE.length());
			assertThat(fetch(path).select("link[rel=canonical]").attr("href")).as(path).isEqualTo(location);
		}
	}

	@Test
	void everyPagesCanonicalUrlIsInTheSitemap() throws Exception {
		List<String> sitemap = sitemap();
		this.pages.forEach((path, page) -> assertThat(sitemap).as(path)
			.contains(page.select("link[rel=canonical]").attr("href")));
	}

	@Test
	void everyPageHasATitleOfItsOwn() {
		assertThat(this.pages.values()).extracting(Document::title).doesNotHaveDuplicates();
	}

	@Test
	void everyPageHasADescriptionOfItsOwn() {
		this.pages.forEach((path, page) -> assertThat(description(page)).as(path).isNotBlank());
		assertThat(this.pages.values()).extracting(ServedSiteSeoTests::description).doesNotHaveDuplicates();
	}

	@Test
	void previewsShowEachPagesDescription() {
		this.pages.forEach((path, page) -> {
			assertThat(page.select("meta[property=og:description]").attr("content")).as(path)
				.isEqualTo(description(page));
			assertThat(page.select("meta[name=twitter:description]").attr("content")).as(path)
				.isEqualTo(description(page));
		});
	}

	@Test
	void everyPagesTitleIsItsPreviewTitleThenTheSiteName() {
		this.pages.forEach((path, page) -> assertThat(page.title()).as(path)
			.isEqualTo(page.select("meta[property=og:title]").attr("content") + " | Government Technology Agency"));
	}

	@Test
	void anAreaIsTitledWithItsNameThenItsPagesName() {
		assertThat(this.pages.get(PAGE + "digital-identity/").title())
			.isEqualTo("Digital Identity | Our Digital Government Efforts | Government Technology Agency");
	}

	@Test
	void anAreaIsDescribedByItsOwnText() {
		assertThat(description(this.pages.get(PAGE + "digital-identity/")))
			.startsWith("How GovTech provides our citizens and businesses");
	}

	@Test
	void theStructuredBreadcrumbIsTheVisibleBreadcrumb() {
		this.pages.forEach((path, page) -> {
			Element script = page.selectFirst("head script[type=application/ld+json]");
			assertThat(script).as(path).isNotNull();
			List<String> structured = new ArrayList<>();
			for (JsonNode item : JsonMapper.shared().readTree(script.data()).get("itemListElement")) {
				structured.add(item.get("name").asString() + " -> " + item.get("item").asString());
			}
			List<String> visible = page.select("nav[aria-label=Breadcrumb] a")
				.stream()
				.map((link) -> link.text() + " -> " + BASE + link.attr("href"))
				.toList();
			assertThat(structured).as(path).isNotEmpty().containsExactlyElementsOf(visible);
			assertThat(structured.get(structured.size() - 1)).as(path).endsWith(BASE + path);
		});
	}

	@Test
	void thePreviewImageEveryPageNamesIsServedAtPreviewSize() throws Exception {
		String image = this.pages.get(PAGE).select("meta[property=og:image]").attr("content");
		assertThat(image).startsWith(BASE + "/assets/images/");
		byte[] bytes = this.mvc.perform(get(image.substring(BASE.length())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(1200);
	}

	@Test
	void theSiteSettingsPreviewPictureIsAsLargeAsPreviewsAskFor() throws Exception {
		byte[] bytes = this.mvc.perform(get("/images/share/our-digital-government-efforts.png"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var preview = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(preview.getWidth()).isEqualTo(1200);
		assertThat(preview.getHeight()).isEqualTo(630);
	}

	@Test
	void theIconsEveryPageLinksAreServed() throws Exception {
		Document page = this.pages.get(PAGE + "cybersecurity/");
		for (String href : List.of(page.select("link[rel=icon]").attr("href"),
				page.select("link[rel=apple-touch-icon]").attr("href"))) {
			assertThat(href).isNotEmpty();
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
	}

	@Test
	void everyPageHasALabelledSearchBoxThatSubmitsToSearch() {
		this.pages.forEach((path, page) -> {
			Element form = page.selectFirst("header form[role=search]");
			assertThat(form).as(path).isNotNull();
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/search");
			Element input = form.selectFirst("input[name=q]");
			assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search this site");
			assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
		});
	}

	private static String description(Document page) {
		return page.select("meta[name=description]").attr("content");
	}

	private List<String> sitemap() throws Exception {
		byte[] xml = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		NodeList locs = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))
			.getElementsByTagNameNS(NAMESPACE, "loc");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			locations.add(locs.item(i).getTextContent());
		}
		assertThat(locations).isNotEmpty();
		return locations;
	}

	private Document fetch(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
