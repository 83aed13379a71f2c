package sg.gov.tech.efforts.feedback;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With site.preview=true editors see, at /preview/feedback/, what citizens said of each page. */
@SpringBootTest(properties = { "site.preview=true", "site.feedback.directory=./target/feedback-data/${random.uuid}" })
@AutoConfigureMockMvc
class FeedbackPreviewTests {

	private static final String PAGE = "/about-us/what-we-do/our-digital-government-efforts/";

	private static final String AREA = PAGE + "digital-identity/";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FeedbackStore store;

	@Test
	void eachPagesAnswersAreCountedMostNotUsefulFirst() throws Exception {
		Instant now = Instant.parse("2026-12-01T08:00:00Z");
		this.store.save(new FeedbackEntry(PAGE, Answer.YES, "", "", now));
		this.store.save(new FeedbackEntry(PAGE, Answer.YES, "", "", now));
		this.store.save(new FeedbackEntry(PAGE, Answer.NO, "", "", now));
		this.store.save(new FeedbackEntry(AREA, Answer.NO, "", "", now));
		this.store.save(new FeedbackEntry(AREA, Answer.NO, "", "", now));
		this.store.save(new FeedbackEntry(AREA, Answer.PROBLEM, "a", "b", now));
		String html = this.mvc.perform(get("/preview/feedback/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document summary = Jsoup.parse(html);
		assertThat(summary.select("h1").text()).isEqualTo("Feedback");
		assertThat(summary.select("tbody tr")).extracting(Element::text)
			.containsExactly(AREA + " 0 2 1 0%", PAGE + " 2 1 0 67%");
	}

	@Test
	void aSinceThatIsNotADateIsABadRequest() throws Exception {
		this.mvc.perform(get("/preview/feedback/").param("since", "soon")).andExpect(status().isBadRequest());
	}

}
