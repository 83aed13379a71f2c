package sg.gov.tech.efforts.seo;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What crawlers are told, with the defaults: indexing allowed, base URL http://localhost:8080. */
@SpringBootTest
@AutoConfigureMockMvc
class SitemapTests {

	private static final String BASE = "http://localhost:8080";

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CurrentSite content;

	@Test
	void sitemapListsEveryPageAndSectionWithTheContentsLastChange() throws Exception {
		List<String> expected = new ArrayList<>();
		for (Page page : this.content.site().pages()) {
			expected.add(BASE + page.permalink());
			page.sections().stream().map(page::urlOf).map((path) -> BASE + path).forEach(expected::add);
		}
		Document sitemap = sitemap();
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
		NodeList urls = sitemap.getElementsByTagNameNS(NAMESPACE, "url");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			locations.add(text(url, "loc"));
			Instant lastmod = Instant.parse(text(url, "lastmod"));
			assertThat(lastmod).isBefore(Instant.now().plusSeconds(1))
				.isAfter(this.content.site().lastModified().minusSeconds(1));
		}
		assertThat(locations).hasSize(10).containsExactlyElementsOf(expected);
	}

	@Test
	void everySitemapUrlAnswers200AndNamesItselfCanonical() throws Exception {
		List<String> locations = locations();
		for (String location : locations) {
			String path = location.substring(BASE.length());
			String html = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			String canonical = Jsoup.parse(html).select("link[rel=canonical]").attr("href");
			assertThat(canonical).as(path).isEqualTo(location);
		}
	}

	@Test
	void everyCanonicalUrlOfEveryPageIsInTheSitemap() throws Exception {
		List<String> locations = locations();
		for (Page page : this.content.site().pages()) {
			List<String> paths = new ArrayList<>(List.of(page.permalink()));
			for (Section section : page.sections()) {
				paths.add(page.urlOf(section));
			}
			for (String path : paths) {
				String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
				assertThat(locations).contains(Jsoup.parse(html).select("link[rel=canonical]").attr("href"));
			}
		}
	}

	@Test
	void faviconIsAnIcoOfThreeSizes() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
		ByteBuffer ico = ByteBuffer.wrap(response.getContentAsByteArray()).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(ico.getShort(0)).isZero();
		assertThat(ico.getShort(2)).isEqualTo((short) 1);
		int count = ico.getShort(4);
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int entry = 6 + 16 * i;
			int length = ico.getInt(entry + 8);
			int offset = ico.getInt(entry + 12);
			var image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
			assertThat(image.getWidth()).isEqualTo(Byte.toUnsignedInt(ico.get(entry)));
			sizes.add(image.getWidth());
		}
		assertThat(sizes).containsExactly(16, 32, 48);
	}

	@Test
	void touchIconAndPreviewImageHaveTheSizesPlatformsAskFor() throws Exception {
		var touch = ImageIO.read(new ByteArrayInputStream(this.mvc.perform(get("/apple-touch-icon.png"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
		assertThat(touch.getWidth()).isEqualTo(180);
		assertThat(touch.getHeight()).isEqualTo(180);
		var preview = ImageIO.read(new ByteArrayInputStream(
				this.mvc.perform(get("/images/share/our-digital-government-efforts.png")).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsByteArray()));
		assertThat(preview.getWidth()).isEqualTo(1200);
		assertThat(preview.getHeight()).isEqualTo(630);
	}

	private List<String> locations() throws Exception {
		NodeList locs = sitemap().getElementsByTagNameNS(NAMESPACE, "loc");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			locations.add(locs.item(i).getTextContent());
		}
		assertThat(locations).isNotEmpty();
		return locations;
	}

	private Document sitemap() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, name);
		assertThat(nodes.getLength()).as(name).isEqualTo(1);
		return nodes.item(0).getTextContent();
	}

}
