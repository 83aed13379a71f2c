package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.ReservedPaths;
import sg.gov.tech.efforts.model.Site;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository written to attack the server and its visitors (fixtures/hostile-isomer) is served without harm: every
 * executable address is dropped with a warning, no page takes a path the application answers, every permalink that is
 * no path is refused, oversized values are cut, and no URL it publishes answers 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "site.content.location=" + HostileSiteTests.FIXTURE, "site.content.watch=false" })
class HostileSiteTests {

	static final String FIXTURE = "classpath:fixtures/hostile-isomer/";

	private static final Path SOURCE = Path.of("src/test/resources/fixtures/hostile-isomer");

	private static final String HUGE_TITLE = "/huge-title/";

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite content;

	@Autowired
	private ReservedPaths reserved;

	/** What a crawl of the whole site got, asked for once for the tests that look at all of it. */
	private static List<PublishedUrls.Answer> crawled;

	@ParameterizedTest
	@CsvSource({ "/assets/site.css, text/css", "/readyz, application/", "/livez, application/",
			"/robots.txt, text/plain", "/sitemap.xml, application/xml", "/favicon.ico, image/", "/search, text/html" })
	void everyPathTheApplicationAnswersStaysItsOwn(String path, String contentType) {
		PublishedUrls.Answer answer = PublishedUrls.get(this.port, path);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith(contentType);
		assertThat(answer.body()).doesNotContain("This page tries to take");
	}

	@ParameterizedTest
	@CsvSource({ "reserved/assets.md, /assets/site.css", "reserved/readyz.md, /readyz", "reserved/livez.md, /LIVEZ/",
			"reserved/robots.md, /robots.txt", "reserved/sitemap.md, /sitemap.xml", "reserved/search-page.md, /search",
			"reserved/preview.md, /preview/problems/", "reserved/actuator.md, /actuator/health",
			"reserved/favicon.md, /favicon.ico", "reserved/error.md, /error", "reserved/images.md, /images/page/",
			"reserved/future.md, /future-feature/" })
	void aPageOnAPathTheApplicationAnswersIsLeftOutWithAnErrorNamingFileLineAndPath(String file, String path)
			throws IOException {
		Site site = this.content.site();
		assertThat(site.pages()).extracting((page) -> page.source()).doesNotContain(file);
		assertThat(site.errors()).filteredOn((error) -> error.file().equals(file)).singleElement()
			.satisfies((error) -> {
				assertThat(error.line()).isEqualTo(lineOf(file, "permalink:"));
				assertThat(error.problem()).contains(path).contains("which the application answers itself");
			});
		assertThat(PublishedUrls.get(this.port, path).body()).doesNotContain("This page tries to take");
	}

	@ParameterizedTest
	@CsvSource({ "shapes/scheme.md, starts with a scheme", "shapes/host.md, names a host",
			"shapes/dots.md, segment", "shapes/backslash.md, backslash", "shapes/control.md, control character",
			"shapes/too-long.md, over the 1,000" })
	void aPermalinkThatIsNoPathOfTheSiteIsLeftOutWithAnError(String file, String problem) throws IOException {
		assertThat(this.content.site().pages()).extracting((page) -> page.source()).doesNotContain(file);
		assertThat(this.content.site().errors()).filteredOn((error) -> error.file().equals(file)).singleElement()
			.satisfies((error) -> {
				assertThat(error.line()).isEqualTo(lineOf(file, "permalink:"));
				assertThat(error.problem()).contains(problem);
			});
	}

	@Test
	void noAddressInAnyPublishedPageOrStylesheetHasASchemeOutsideTheAllowlist() {
		List<PublishedUrls.Answer> answers = crawl();
		assertThat(answers).filteredOn(PublishedUrls.Answer::html).hasSizeGreaterThan(10)
			.allSatisfy((answer) -> assertThat(ExecutableAddresses.inHtml(answer.body())).as(answer.target()).isEmpty());
		assertThat(answers).filteredOn((answer) -> answer.contentType().startsWith("text/css"))
			.allSatisfy((answer) -> assertThat(ExecutableAddresses.inCss(answer.body())).as(answer.target()).isEmpty());
	}

	@Test
	void noUrlThatTheSitePublishesAnswers5xx() {
		assertThat(crawl()).hasSizeGreaterThan(25)
			.allSatisfy((answer) -> assertThat(answer.status()).as(answer.target()).isLessThan(500));
	}

	@Test
	void aRefusedLinkShowsItsTextWithoutALink() {
		Document about = Jsoup.parse(PublishedUrls.get(this.port, "/about/").body());
		Element facebook = about.selectFirst("footer a:contains(Facebook)");
		assertThat(facebook).isNotNull();
		assertThat(facebook.hasAttr("href")).isFalse();
		assertThat(about.select("header a:containsOwn(Data)"))
			.allSatisfy((link) -> assertThat(link.hasAttr("href")).isFalse());
		assertThat(about.select("main a:containsOwn(Tab-split link)")).isEmpty();
		assertThat(about.select("main").text()).contains("Tab-split link").contains("percent-encoded");
		assertThat(about.select("a:containsOwn(safe)").attr("href")).isEqualTo("https://www.tech.gov.sg/");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"_data/navigation.yml|JaVaScRiPt|url of the navigation link 'Evil",
			"_data/navigation.yml|%6A%61vascript|url of the navigation link 'Menu'",
			"_data/navigation.yml|data:text/html|url of the navigation link 'Data'",
			"_data/navigation.yml|java\\u200Bscript|url of the navigation link 'Zero",
			"_data/navigation.yml|jav&#x09;ascript|logo",
			"_data/footer.yml|vbscript|url of the footer link 'Visual Basic'",
			"_data/footer.yml|java\\nscript|url of the footer link 'Contact Us'",
			"_data/footer.yml|&#106;avascript|url of the footer link 'Privacy Statement'",
			"_data/footer.yml|javascript:alert('facebook')|url of the footer link 'Facebook'",
			"_config.yml|javascript:alert('favicon')|favicon",
			"_config.yml|data:image/png|share image",
			"index.md|javascript:alert('background')|hero's background",
			"index.md|javascript:alert('alias')|url of the button 'Go'",
			"index.md|data:text/html,<script>alert('highlight')|url of the key highlight 'Data highlight'",
			"index.md|JAVASCRIPT:alert('option')|url of the hero's menu option 'Script option'",
			"index.md|vbscript:msgbox('infobar')|url of the button 'Click'",
			"index.md|data:image/svg+xml|infopic's image",
			"index.md|javascript:alert('announcement')|link_url of the button 'Read'",
			"pages/about.md|%6A%61vascript|href of the a element",
			"pages/about.md|ftp://ftp.example.org|href of the a element",
			"pages/about.md|srcset=|srcset of the img element",
			"pages/about.md|poster=|poster of the video element",
			"pages/about.md|formaction=|formaction of the button element",
			"news/press/_posts/2024-01-01-evil-file.md|javascript:alert('file_url')|file_url of the post 'An evil file'",
			"_data/contact-us.yml|javascript:alert('map')|map link of the location 'Office'" })
	void eachRefusedAddressIsAWarningNamingFileLineAndField(String file, String written, String field)
			throws IOException {
		int line = lineOf(file, written);
		assertThat(this.content.site().warnings()).filteredOn((warning) -> warning.file().equals(file))
			.filteredOn((warning) -> warning.line() == line)
			.extracting(ContentProblem::problem)
			.anySatisfy((problem) -> assertThat(problem).contains(field).contains("is refused"));
	}

	@Test
	void aHundredKilobyteTitlesPageStillAnswers() {
		assertThat(PublishedUrls.get(this.port, HUGE_TITLE).status()).isEqualTo(200);
	}

	@Test
	void everyOversizedValueOfAPageIsCut() {
		Document page = Jsoup.parse(PublishedUrls.get(this.port, HUGE_TITLE).body());
		assertThat(page.title()).startsWith("word word").hasSizeLessThan(400);
		assertThat(page.select("h1").text()).hasSizeLessThanOrEqualTo(300).endsWith("…");
		assertThat(page.select("meta[name=description]").attr("content")).hasSizeLessThanOrEqualTo(2_000);
	}

	@Test
	void everyOversizedValueOfAPageIsAWarningGivingItsLength() {
		assertThat(warningsAbout("pages/huge-title.md"))
			.anySatisfy((problem) -> assertThat(problem).contains("'title' is 100,003 characters long, over the 300"))
			.anySatisfy((problem) -> assertThat(problem).contains("'description' is 4,999 characters long"))
			.anySatisfy((problem) -> assertThat(problem).contains("the heading is 799 characters long"));
	}

	@Test
	void anAliasInsideItsOwnAnchorIsAWarning() {
		assertThat(warningsAbout("_data/agencies.yml"))
			.anySatisfy((problem) -> assertThat(problem).contains("'loop[1]' refers to itself"));
	}

	@Test
	void anOversizedDataEntryIsAWarning() {
		assertThat(warningsAbout("_data/agencies.yml"))
			.anySatisfy((problem) -> assertThat(problem).contains("'long' is 10,500 characters long"));
	}

	@Test
	void theSiteLoadsDespiteTheBrokenEntriesOfADataFile() {
		assertThat(this.content.site().pages()).extracting((page) -> page.source()).contains("index.md",
				"pages/about.md", "pages/rtl.md", "misc/search.md");
	}

	@Test
	void aPostWhosePermalinkIsNoPathStaysInItsListLeadingToItsFile() {
		Document news = Jsoup.parse(PublishedUrls.get(this.port, "/news/").body());
		assertThat(news.select("a:contains(A newsletter with a scheme)").attr("href")).isEqualTo("/files/newsletter.pdf");
		Document older = Jsoup.parse(PublishedUrls.get(this.port, "/news/page2/").body());
		assertThat(older.select(".media-card-title:contains(An evil file)")).singleElement()
			.satisfies((title) -> assertThat(title.select("a[href]")).isEmpty());
	}

	@Test
	void theContentSecurityPolicyStillAllowsNoInlineCodeAndNoRefusedPicture() {
		PublishedUrls.Answer home = PublishedUrls.get(this.port, "/");
		assertThat(home.contentSecurityPolicy()).startsWith("default-src 'self'; script-src 'self'; style-src 'self';")
			.doesNotContain("unsafe-inline").doesNotContain("unsafe-hashes").doesNotContain("data:");
	}

	private List<String> warningsAbout(String file) {
		return this.content.site().warnings().stream()
			.filter((warning) -> warning.file().equals(file))
			.map(ContentProblem::problem)
			.toList();
	}

	private List<PublishedUrls.Answer> crawl() {
		if (crawled == null) {
			crawled = PublishedUrls.fetchAll(this.port, this.content.site());
		}
		return crawled;
	}

	@Test
	void theReservedPathsAreReadFromTheApplicationsMappings() {
		assertThat(this.reserved.segments()).contains("/actuator", "/apple-touch-icon.png", "/assets", "/error",
				"/favicon.ico", "/files", "/images", "/livez", "/preview", "/readyz", "/robots.txt", "/search",
				"/sitemap.xml", "/future-feature");
	}

	@Test
	void aPathMappedByAnyControllerIsReservedWithoutBeingListedAnywhere() {
		assertThat(PublishedUrls.get(this.port, "/future-feature/answer").body()).isEqualTo(FutureFeature.ANSWER);
		assertThat(this.content.site().errors()).extracting(ContentProblem::file).contains("reserved/future.md");
	}

	@Test
	void anAgencysOwnFeedbackPageKeepsItsAddressBesideThePageFeedbackForms() {
		PublishedUrls.Answer page = PublishedUrls.get(this.port, "/feedback/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Tell the agency what you think");
		assertThat(this.content.site().errors()).extracting(ContentProblem::file).doesNotContain("pages/feedback.md");
	}

	/** A feature the application does not have yet: the path it maps is reserved like every other. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FutureFeature {

		static final String ANSWER = "the application's own answer";

		@Bean
		SimpleUrlHandlerMapping futureFeature() {
			HttpRequestHandler answer = (request, response) -> response.getWriter().write(ANSWER);
			return new SimpleUrlHandlerMapping(Map.of("/future-feature/answer", answer), Ordered.HIGHEST_PRECEDENCE);
		}

	}

	/** The line of a fixture file that holds a text, counted by the test itself. */
	private static int lineOf(String file, String text) throws IOException {
		List<String> lines = Files.readAllLines(SOURCE.resolve(file), StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(text + " is not in " + file);
	}

}
