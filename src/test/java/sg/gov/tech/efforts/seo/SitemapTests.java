package sg.gov.tech.efforts.seo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap of the embedded content, with the default base URL http://localhost:8080, as the controller makes it. */
class SitemapTests {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String PAGE = "http://localhost:8080/about-us/what-we-do/our-digital-government-efforts/";

	private static final Site SITE = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	@Test
	void theSitemapIsInTheSitemapsNamespace() throws Exception {
		assertThat(sitemap().getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
		assertThat(sitemap().getDocumentElement().getLocalName()).isEqualTo("urlset");
	}

	@Test
	void theSitemapListsThePageThenEachOfItsAreas() throws Exception {
		assertThat(texts("loc")).containsExactly(PAGE, PAGE + "tech-for-public-good/",
				PAGE + "citizen-engagement-and-co-creation/", PAGE + "user-and-business-journeys/",
				PAGE + "ai-and-data-driven-government/", PAGE + "digital-identity/", PAGE + "wog-platforms-and-tools/",
				PAGE + "cybersecurity/", PAGE + "diversity-and-inclusion/", PAGE + "sustainability/");
	}

	@Test
	void everyEntryIsDatedWhenThePagesFileLastChanged() throws Exception {
		Instant changed = SITE.pages().get(0).lastModified().truncatedTo(ChronoUnit.SECONDS);
		List<String> dates = texts("lastmod");
		assertThat(dates).hasSize(10).containsOnly(changed.toString());
	}

	@Test
	void everyEntryHasOneAddressAndOneDate() throws Exception {
		NodeList urls = sitemap().getElementsByTagNameNS(NAMESPACE, "url");
		assertThat(urls.getLength()).isEqualTo(10);
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			assertThat(url.getElementsByTagNameNS(NAMESPACE, "loc").getLength()).isEqualTo(1);
			assertThat(url.getElementsByTagNameNS(NAMESPACE, "lastmod").getLength()).isEqualTo(1);
		}
	}

	private static List<String> texts(String name) throws Exception {
		NodeList nodes = sitemap().getElementsByTagNameNS(NAMESPACE, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Document sitemap() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		byte[] xml = Sitemaps.of(SITE, new SiteProperties()).getBytes(StandardCharsets.UTF_8);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
