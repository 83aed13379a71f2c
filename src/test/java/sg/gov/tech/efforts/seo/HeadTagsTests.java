package sg.gov.tech.efforts.seo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.model.Url;
import sg.gov.tech.efforts.settings.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page's head tells search engines and link previews, every URL absolute: the tags the factory makes for the
 * embedded content, rendered by the template every page includes.
 */
class HeadTagsTests {

	private static final Site SITE = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String AREA = PAGE + "digital-identity/";

	private static final List<Link> BREADCRUMB = List.of(new Link("Home", new Url("/")),
			new Link("Our Digital Government Efforts", new Url(PAGE)), new Link("Digital Identity", new Url(AREA)));

	private static final SpringTemplateEngine TEMPLATES = templates();

	@Test
	void theCanonicalUrlIsTheBaseUrlAndThePath() {
		assertThat(head().select("link[rel=canonical]").attr("href")).isEqualTo("https://www.example.gov.sg" + AREA);
	}

	@Test
	void thePreviewUrlIsTheCanonicalUrl() {
		assertThat(meta(head(), "og:url")).isEqualTo("https://www.example.gov.sg" + AREA);
	}

	@Test
	void previewsShowThePagesTitleAndDescription() {
		Document head = head();
		assertThat(meta(head, "og:title")).isEqualTo("Digital Identity | Our Digital Government Efforts");
		assertThat(meta(head, "og:description")).isEqualTo("How GovTech provides a digital identity.");
		assertThat(head.select("meta[name=twitter:title]").attr("content"))
			.isEqualTo("Digital Identity | Our Digital Government Efforts");
		assertThat(head.select("meta[name=twitter:description]").attr("content"))
			.isEqualTo("How GovTech provides a digital identity.");
	}

	@Test
	void previewsNameTheSiteAsAWebsite() {
		Document head = head();
		assertThat(meta(head, "og:site_name")).isEqualTo("Government Technology Agency");
		assertThat(meta(head, "og:type")).isEqualTo("website");
	}

	@Test
	void thePreviewImageIsASizedCopyOfTheSiteSettingsPicture() {
		// a copy without metadata, as wide as previews show it (the picture itself is 1,200 pixels wide)
		assertThat(meta(head(), "og:image")).matches("https://www\\.example\\.gov\\.sg"
				+ "/assets/images/[0-9a-f]{16}/1200/images/share/our-digital-government-efforts\\.png");
	}

	@Test
	void twitterShowsTheSameLargeImage() {
		Document head = head();
		assertThat(head.select("meta[name=twitter:image]").attr("content")).isEqualTo(meta(head, "og:image"));
		assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
	}

	@Test
	void thePreviewImageSaysWhatItShows() {
		assertThat(meta(head(), "og:image:alt"))
			.isEqualTo("Our Digital Government Efforts, by the Government Technology Agency of Singapore");
	}

	@Test
	void thePublicSiteLetsSearchEnginesListThePage() {
		assertThat(head().select("meta[name=robots]")).isEmpty();
	}

	@Test
	void theStructuredBreadcrumbListsEveryStepWithItsAbsoluteUrl() {
		JsonNode list = JsonMapper.shared().readTree(head().select("script[type=application/ld+json]").get(0).data());
		assertThat(list.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(list.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(list.get("itemListElement")).extracting((item) -> item.get("position").asInt(),
				(item) -> item.get("name").asString(), (item) -> item.get("item").asString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Home", "https://www.example.gov.sg/"),
					org.assertj.core.groups.Tuple.tuple(2, "Our Digital Government Efforts",
							"https://www.example.gov.sg" + PAGE),
					org.assertj.core.groups.Tuple.tuple(3, "Digital Identity", "https://www.example.gov.sg" + AREA));
	}

	/** A staging or test deployment: {@code site.indexing=false}, its own base URL. */
	@Nested
	class NotThePublicSite {

		private final Document head = render(tags(properties("https://staging.example.gov.sg", false)));

		@Test
		void pagesAskNotToBeListed() {
			assertThat(this.head.select("meta[name=robots]").attr("content")).contains("noindex");
		}

		@Test
		void pagesStillNameTheirCanonicalUrl() {
			assertThat(this.head.select("link[rel=canonical]").attr("href"))
				.isEqualTo("https://staging.example.gov.sg" + AREA);
		}

	}

	private static Document head() {
		return render(tags(properties("https://www.example.gov.sg/", true)));
	}

	private static HeadTags tags(SiteProperties properties) {
		return new HeadTagsFactory(properties).of(SITE, AREA, "Digital Identity | Our Digital Government Efforts",
				"How GovTech provides a digital identity.", BREADCRUMB, Instant.parse("2024-05-06T07:00:00Z"));
	}

	private static SiteProperties properties(String baseUrl, boolean indexing) {
		SiteProperties properties = new SiteProperties();
		properties.setBaseUrl(baseUrl);
		properties.setIndexing(indexing);
		return properties;
	}

	private static Document render(HeadTags tags) {
		return Jsoup.parse(TEMPLATES.process("fragments/head", Set.of("tags"),
				new Context(Locale.ENGLISH, Map.of("seo", tags))));
	}

	private static String meta(Document head, String property) {
		Element meta = head.selectFirst("meta[property=" + property + "]");
		assertThat(meta).as(property).isNotNull();
		return meta.attr("content");
	}

	/** The application's templates, as Spring Boot's Thymeleaf finds them, without the application. */
	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
