package sg.gov.tech.efforts.feedback;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole site with its embedded database: the forms on every page, an answer posted, redirected and thanked, then
 * read back by an operator from the management port, and none of it on the public one. The database is the one every
 * test of the whole site shares (and keeps between runs): what a test posts is checked as what it adds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackApplicationTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String AREA = PAGE + "cybersecurity/";

	private static final String[] CONTENT_PAGES = { PAGE, AREA };

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	/** Written in this run's problem report, so that rows of earlier runs in the kept database cannot stand for it. */
	private static final String RUN = UUID.randomUUID().toString();

	/** What {@link #answered()} posted, once for the class. */
	private Answered answered;

	@Test
	void everyContentPageAsksWhetherItIsUseful() throws Exception {
		for (String path : CONTENT_PAGES) {
			Document page = contentPage(path);
			assertThat(page.select("main form.feedback-useful[method=post][action=/page-feedback/useful]"
					+ " input[name=page]").val()).as(path).isEqualTo(path);
			assertThat(page.select("main form.feedback-useful button[name=useful]")).extracting((b) -> b.val())
				.containsExactly("yes", "no");
		}
	}

	@Test
	void everyContentPageTakesProblemReports() throws Exception {
		for (String path : CONTENT_PAGES) {
			Document page = contentPage(path);
			assertThat(page.select("main details.feedback-report summary").text())
				.isEqualTo("Report a problem with this page");
			assertThat(page.select("main details form[action=/page-feedback/problem] input[name=page]").val())
				.isEqualTo(path);
		}
	}

	@Test
	void thePageNotFoundTakesProblemReportsOnly() throws Exception {
		Document page = Jsoup.parse(LocalHttp.get(this.port, "/no-such-page/").body());
		assertThat(page.select("form.feedback-useful")).isEmpty();
		assertThat(page.select("main details form[action=/page-feedback/problem] input[name=page]").val())
			.isEqualTo(FeedbackEntry.NOT_FOUND);
	}

	@Test
	void theFormsAreTheSameBytesForEveryVisitorSoPagesKeepTheirCaching() throws Exception {
		HttpResponse<String> first = LocalHttp.get(this.port, PAGE, "User-Agent", "one", "Cookie", "a=1");
		HttpResponse<String> second = LocalHttp.get(this.port, PAGE, "User-Agent", "two");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(first.headers().firstValue("ETag")).isPresent().isEqualTo(second.headers().firstValue("ETag"));
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying((value) -> assertThat(value)
			.startsWith("public"));
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> revalidated = LocalHttp.get(this.port, PAGE, "If-None-Match",
				first.headers().firstValue("ETag").orElseThrow());
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void anAnswerIsRedirectedToThanksThatAreNeverCached() throws Exception {
		HttpResponse<String> posted = answered().no();
		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(posted.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<String> thanks = thanksFor(posted);
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void theThanksForANoAskWhatWentWrongInAFormPostedToTheSite() throws Exception {
		HttpResponse<String> thanks = thanksFor(answered().no());
		assertThat(thanks.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((policy) -> assertThat(
				policy).contains("form-action 'self'"));
		assertThat(Jsoup.parse(thanks.body()).select("main h2").text()).isEqualTo("Can you tell us what went wrong?");
	}

	@Test
	void anAnswerIsReadBackByOperatorsInTheExport() throws Exception {
		Answered answered = answered();
		String after = export();
		assertThat(after).startsWith("received,page,answer,doing,wrong\r\n");
		String no = "," + AREA + ",no,,\r\n";
		assertThat(rows(after, no)).isEqualTo(rows(answered.exportBefore(), no) + 1);
	}

	@Test
	void aProblemReportIsExportedWithItsEmailAddressRemoved() throws Exception {
		assertThat(answered().problem().statusCode()).isEqualTo(303);
		assertThat(export()).contains("," + AREA + ",problem,Report a scam " + RUN + ",Mail me at [removed]\r\n")
			.doesNotContain("tan@example.com");
	}

	@Test
	void theExportIsJsonForOperatorsWhoAcceptIt() throws Exception {
		HttpResponse<String> json = LocalHttp.get(this.managementPort, "/actuator/feedback", "Accept",
				"application/json");
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
			.startsWith("application/json"));
	}

	@Test
	void aNoAddsOneToItsPagesNoCountInTheSummary() throws Exception {
		Answered answered = answered();
		assertThat(answered.summaryAfter()[0]).isEqualTo(answered.summaryBefore()[0]);
		assertThat(answered.summaryAfter()[1]).isEqualTo(answered.summaryBefore()[1] + 1);
	}

	@Test
	void aProblemReportAddsOneToItsPagesProblemCountInTheSummary() throws Exception {
		Answered answered = answered();
		assertThat(answered.summaryAfter()[2]).isEqualTo(answered.summaryBefore()[2] + 1);
	}

	@Test
	void aSavedAnswerIsCountedInTheMetrics() throws Exception {
		double before = answered().savedNoBefore();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(savedCount("no")).isEqualTo(before + 1));
	}

	@Test
	void theExportTakesASinceDay() throws Exception {
		String yes = "," + PAGE + ",yes,,\r\n";
		int before = rows(LocalHttp.get(this.managementPort, "/actuator/feedback?since=2000-01-01").body(), yes);
		LocalHttp.post(this.port, "/page-feedback/useful", Map.of("page", PAGE, "useful", "yes"));
		assertThat(rows(LocalHttp.get(this.managementPort, "/actuator/feedback?since=2000-01-01").body(), yes))
			.isEqualTo(before + 1);
		assertThat(LocalHttp.get(this.managementPort, "/actuator/feedback?since=2999-01-01").body())
			.isEqualTo("received,page,answer,doing,wrong\r\n");
	}

	@Test
	void theExportRefusesASinceThatIsNoDay() throws Exception {
		assertThat(LocalHttp.get(this.managementPort, "/actuator/feedback?since=soon").statusCode()).isEqualTo(400);
	}

	@Test
	void thePublicPortHasNeitherTheExportNorTheEditorsSummary() throws Exception {
		for (String path : new String[] { "/actuator/feedback", "/preview/feedback/" }) {
			HttpResponse<String> response = LocalHttp.get(this.port, path, "Accept", "application/json");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found");
		}
	}

	@Test
	void readingTheFormsAddressIs405AllowingOnlyPost() throws Exception {
		HttpResponse<String> get = LocalHttp.get(this.port, "/page-feedback/useful");
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
	}

	@Test
	void postingToAPageIs405AllowingOnlyReads() throws Exception {
		HttpResponse<String> postToPage = LocalHttp.post(this.port, PAGE, Map.of("useful", "yes"));
		assertThat(postToPage.statusCode()).isEqualTo(405);
		assertThat(postToPage.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
	}

	private Document contentPage(String path) throws Exception {
		return Jsoup.parse(LocalHttp.get(this.port, path).body());
	}

	/**
	 * A no and a problem report for one page with the counts before and after, posted once for the tests that look at
	 * them: one post each keeps the class within the forms' limit a minute for one address.
	 */
	private Answered answered() throws Exception {
		if (this.answered == null) {
			double savedNoBefore = savedCount("no");
			int[] summaryBefore = summary(AREA);
			String exportBefore = export();
			HttpResponse<String> no = LocalHttp.post(this.port, "/page-feedback/useful",
					Map.of("page", AREA, "useful", "no"));
			HttpResponse<String> problem = LocalHttp.post(this.port, "/page-feedback/problem",
					Map.of("page", AREA, "doing", "Report a scam " + RUN, "wrong", "Mail me at tan@example.com"));
			this.answered = new Answered(no, problem, savedNoBefore, summaryBefore, summary(AREA), exportBefore);
		}
		return this.answered;
	}

	private HttpResponse<String> thanksFor(HttpResponse<String> posted) throws Exception {
		return LocalHttp.get(this.port, posted.headers().firstValue("Location").orElseThrow());
	}

	/** @return how many rows of an export are the given row */
	private static int rows(String export, String row) {
		int count = 0;
		for (int at = export.indexOf(row); at >= 0; at = export.indexOf(row, at + row.length())) {
			count++;
		}
		return count;
	}

	private String export() throws Exception {
		return LocalHttp.get(this.managementPort, "/actuator/feedback").body();
	}

	/** @return the yes, no and problem counts the export's summary has for a page, all 0 before its first answer */
	private int[] summary(String page) throws Exception {
		String json = LocalHttp.get(this.managementPort, "/actuator/feedback", "Accept", "application/json").body();
		Matcher counts = Pattern.compile(Pattern.quote("{\"page\":\"" + page + "\",")
				+ "\"yes\":(\\d+),\"no\":(\\d+),\"problems\":(\\d+)}").matcher(json);
		if (!counts.find()) {
			assertThat(json).doesNotContain("\"page\":\"" + page + "\"");
			return new int[3];
		}
		return new int[] { Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)),
				Integer.parseInt(counts.group(3)) };
	}

	private double savedCount(String answer) throws Exception {
		String line = "site_feedback_total{answer=\"" + answer + "\"} ";
		return LocalHttp.get(this.managementPort, "/actuator/prometheus")
			.body()
			.lines()
			.filter((sample) -> sample.startsWith(line))
			.mapToDouble((sample) -> Double.parseDouble(sample.substring(line.length())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + line));
	}

	private record Answered(HttpResponse<String> no, HttpResponse<String> problem, double savedNoBefore,
			int[] summaryBefore, int[] summaryAfter, String exportBefore) {
	}

}
