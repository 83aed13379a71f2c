package sg.gov.tech.efforts.feedback;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The export's CSV and its {@code since}: what operators open in a spreadsheet. */
class FeedbackExportTests {

	@Test
	void eachEntryIsALineWithItsMinuteInSingaporeTime() {
		assertThat(FeedbackExport.csv(List.of(new FeedbackEntry("/about-us/", Answer.YES, "", "",
				Instant.parse("2026-12-01T08:15:00Z")))))
			.isEqualTo("received,page,answer,doing,wrong\r\n2026-12-01T16:15+08:00,/about-us/,yes,,\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
		String csv = FeedbackExport.csv(List.of(new FeedbackEntry("/about-us/", Answer.PROBLEM, "a, b",
				"He said \"no\"\nthen left", Instant.parse("2026-12-01T08:15:00Z"))));
		assertThat(csv).endsWith(",problem,\"a, b\",\"He said \"\"no\"\"\nthen left\"\r\n");
	}

	@Test
	void aCellASpreadsheetWouldTakeForAFormulaIsMadeText() {
		String csv = FeedbackExport.csv(List.of(new FeedbackEntry("/about-us/", Answer.PROBLEM,
				"=HYPERLINK(\"https://evil.example\")", "@SUM(A1)", Instant.parse("2026-12-01T08:15:00Z"))));
		assertThat(csv).endsWith(",problem,\"'=HYPERLINK(\"\"https://evil.example\"\")\",'@SUM(A1)\r\n");
	}

	@Test
	void sinceIsTheStartOfThatDayInSingapore() {
		assertThat(FeedbackExport.since("2026-12-01")).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
		assertThat(FeedbackExport.since(null)).isEqualTo(Instant.EPOCH);
		assertThat(FeedbackExport.since(" ")).isEqualTo(Instant.EPOCH);
	}

	@Test
	void sinceThatIsNotADateIsRefused() {
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> FeedbackExport.since("yesterday"))
			.withMessageContaining("2026-12-01");
	}

}
