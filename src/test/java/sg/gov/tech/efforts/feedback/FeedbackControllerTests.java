package sg.gov.tech.efforts.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.settings.SiteTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms' answers in the web layer alone, the store a mock: post, redirect, get; the origin check, the honeypot,
 * the limit per address, published pages only, and the database's failure, each with its own status.
 */
@WebMvcTest(controllers = FeedbackController.class,
		// the rest of the site's web layer (assets, icons, content files) is not under test here
		excludeFilters = @Filter(type = FilterType.REGEX, pattern = "sg\\.gov\\.tech\\.efforts\\.(?!feedback\\.).*"))
@Import(FeedbackControllerTests.Guards.class)
class FeedbackControllerTests {

	private static final Site SITE = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String AREA = PAGE + "digital-identity/";

	/** Each test's requests come from an address of their own, so the limit of one never reaches another. */
	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CurrentSite content;

	@MockitoBean
	private FeedbackStore store;

	private String client;

	@BeforeEach
	void site() {
		given(this.content.site()).willReturn(SITE);
		this.client = "198.51.100." + CLIENTS.incrementAndGet();
	}

	@Test
	void aYesIsSaved() throws Exception {
		this.mvc.perform(useful(PAGE, "yes").header("Origin", "http://localhost"));
		verify(this.store).save(new FeedbackEntry(PAGE, Answer.YES, "", "", Guards.NOW));
	}

	@Test
	void aYesIsAnsweredWithASeeOtherToTheThankYouPage() throws Exception {
		this.mvc.perform(useful(PAGE, "yes").header("Origin", "http://localhost"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/page-feedback/thanks/?page=%2Fabout-us%2Fwhat-we-do%2F"
					+ "our-digital-government-efforts%2F&answer=yes"))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void theThankYouPageIsNeverCached() throws Exception {
		this.mvc.perform(get("/page-feedback/thanks/").param("page", AREA).param("answer", "yes"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void theThankYouPageLinksBackToThePage() throws Exception {
		MvcResult result = this.mvc.perform(get("/page-feedback/thanks/").param("page", AREA).param("answer", "yes"))
			.andExpect(status().isOk())
			.andReturn();
		Document thanks = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your feedback");
		assertThat(thanks.select(".feedback-back a").attr("href")).isEqualTo(AREA);
		assertThat(thanks.select(".feedback-back a").text()).isEqualTo("Go back to Digital Identity");
		assertThat(thanks.select("main form")).as("no problem form after a yes").isEmpty();
	}

	@Test
	void afterNoTheThankYouPageOffersTheProblemFormForThatPage() throws Exception {
		this.mvc.perform(useful(PAGE, "no")).andExpect(status().isSeeOther());
		verify(this.store).save(new FeedbackEntry(PAGE, Answer.NO, "", "", Guards.NOW));
		Document thanks = Jsoup.parse(this.mvc.perform(get("/page-feedback/thanks/").param("page", PAGE)
			.param("answer", "no")).andReturn().getResponse().getContentAsString());
		assertThat(thanks.select("form[action=/page-feedback/problem][method=post] input[name=page]").val())
			.isEqualTo(PAGE);
		assertThat(thanks.select("textarea[name=doing][maxlength=1200]")).hasSize(1);
		assertThat(thanks.select("textarea[name=wrong][maxlength=1200]")).hasSize(1);
	}

	@Test
	void aProblemReportIsSavedWithoutItsPersonalDetails() throws Exception {
		this.mvc.perform(from(post("/page-feedback/problem").param("page", AREA)
			.param("doing", "Log in as S1234567D")
			.param("wrong", "Call me on 9123 4567 or mail tan@example.com")))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/page-feedback/thanks/?page=%2Fabout-us%2Fwhat-we-do%2F"
					+ "our-digital-government-efforts%2Fdigital-identity%2F&answer=problem"));
		ArgumentCaptor<FeedbackEntry> saved = ArgumentCaptor.forClass(FeedbackEntry.class);
		verify(this.store).save(saved.capture());
		assertThat(saved.getValue()).isEqualTo(new FeedbackEntry(AREA, Answer.PROBLEM, "Log in as [removed]",
				"Call me on [removed] or mail [removed]", Guards.NOW));
	}

	@Test
	void aProblemReportFromThePageNotFoundIsSavedAgainstIt() throws Exception {
		this.mvc.perform(from(post("/page-feedback/problem").param("page", FeedbackEntry.NOT_FOUND)
			.param("wrong", "The link from the newsletter is broken")))
			.andExpect(status().isSeeOther());
		verify(this.store).save(new FeedbackEntry(FeedbackEntry.NOT_FOUND, Answer.PROBLEM, "",
				"The link from the newsletter is broken", Guards.NOW));
	}

	@Test
	void anEmptyReportShowsTheFormAgainSayingWhatItNeeds() throws Exception {
		MvcResult result = this.mvc.perform(from(post("/page-feedback/problem").param("page", PAGE)
			.param("doing", "  ").param("wrong", "")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("title").text()).startsWith("Error: ");
		assertThat(page.select(".feedback-error").text()).startsWith("Tell us what you were trying to do");
		assertThat(page.select("#feedback-doing").attr("aria-describedby")).contains("feedback-error");
		verify(this.store, never()).save(any());
	}

	@Test
	void aFormPostedFromAnotherSiteIsForbidden() throws Exception {
		this.mvc.perform(useful(PAGE, "yes").header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Cache-Control", "no-store"));
		verify(this.store, never()).save(any());
	}

	@Test
	void withoutAnOriginARefererFromAnotherSiteIsForbidden() throws Exception {
		this.mvc.perform(from(post("/page-feedback/useful").param("page", PAGE).param("useful", "yes")
			.header("Referer", "https://evil.example/page.html")))
			.andExpect(status().isForbidden());
		verify(this.store, never()).save(any());
	}

	@Test
	void aFilledInHoneypotIsThankedButNothingIsSaved() throws Exception {
		this.mvc.perform(useful(PAGE, "yes").param(FeedbackController.TRAP, "https://spam.example"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", startsWith("/page-feedback/thanks/")));
		this.mvc.perform(from(post("/page-feedback/problem").param("page", PAGE).param("wrong", "Buy now")
			.param(FeedbackController.TRAP, "x")))
			.andExpect(status().isSeeOther());
		verify(this.store, never()).save(any());
	}

	@Test
	void theEleventhSubmissionInAMinuteFromOneAddressIsTooMany() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(useful(PAGE, "yes")).andExpect(status().isSeeOther());
		}
		MvcResult refused = this.mvc.perform(useful(PAGE, "yes"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().exists("Retry-After"))
			.andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("h1").text())
			.isEqualTo("Too many answers in a short time");
		this.client = this.client + "0";
		this.mvc.perform(useful(PAGE, "yes")).andExpect(status().isSeeOther());
	}

	@Test
	void aPageTheSiteDoesNotPublishIsABadRequest() throws Exception {
		for (String page : new String[] { "/no-such-page/", PAGE.toUpperCase(), PAGE.substring(0, PAGE.length() - 1),
				"https://evil.example/", "", "not-found-either" }) {
			this.mvc.perform(useful(page, "yes")).andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/page-feedback/thanks/").param("page", "/no-such-page/")).andExpect(status().isBadRequest());
		verify(this.store, never()).save(any());
	}

	@Test
	void anAnswerTheFormDoesNotOfferIsABadRequest() throws Exception {
		this.mvc.perform(useful(PAGE, "maybe")).andExpect(status().isBadRequest());
		verify(this.store, never()).save(any());
	}

	@Test
	void whenTheDatabaseFailsTheVisitorIsAskedToTryAgainLater() throws Exception {
		willThrow(new FeedbackUnavailableException("down", null)).given(this.store).save(any());
		MvcResult result = this.mvc.perform(useful(PAGE, "yes"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Retry-After", "15"))
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("main").text())
			.contains("We could not save your answer; please try again later.");
	}

	@Test
	void theFormsAddressesTakeOnlyPost() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				get("/page-feedback/useful"), put("/page-feedback/problem") }) {
			this.mvc.perform(request)
				.andExpect(status().isMethodNotAllowed())
				.andExpect(header().string("Allow", "POST, OPTIONS"));
		}
	}

	private MockHttpServletRequestBuilder useful(String page, String answer) {
		return from(post("/page-feedback/useful").param("page", page).param("useful", answer));
	}

	private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		String address = this.client;
		return request.with((sent) -> {
			sent.setRemoteAddr(address);
			return sent;
		});
	}

	/** The real guards, a fixed clock and meters in memory. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Guards {

		static final Instant NOW = Instant.parse("2026-12-01T08:15:00Z");

		@Bean
		SubmissionLimiter limiter() {
			return new SubmissionLimiter(10, 1000);
		}

		@Bean
		SameOrigin origin() {
			return new SameOrigin("https://www.tech.gov.sg");
		}

		@Bean
		FeedbackMetrics metrics() {
			return new FeedbackMetrics(new SimpleMeterRegistry());
		}

		@Bean
		Clock clock() {
			return Clock.fixed(NOW.atOffset(ZoneOffset.UTC).toInstant().plusSeconds(42), SiteTime.ZONE);
		}

		@Bean
		SiteProperties properties() {
			return new SiteProperties();
		}

	}

}
