package sg.gov.tech.efforts.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import sg.gov.tech.efforts.settings.SiteTime;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.Producible;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.util.MimeType;

/**
 * {@code /actuator/feedback} on the management port (never the public one): every entry as CSV, or with
 * {@code Accept: application/json} each page's counts; {@code ?since=2026-12-01} keeps what arrived from that day on
 * (Singapore time). A 503 when the database cannot be read.
 */
@WebEndpoint(id = "feedback")
class FeedbackExport {

	/** Feedback times are shown, and {@code since} read, in Singapore's time. */
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

	private final FeedbackStore store;

	FeedbackExport(FeedbackStore store) {
		this.store = store;
	}

	@ReadOperation
	WebEndpointResponse<Object> feedback(Format format, @Nullable String since) {
		Instant from = since(since);
		try {
			if (format == Format.JSON) {
				return new WebEndpointResponse<>(new Summary(since, this.store.summary(from)), format);
			}
			return new WebEndpointResponse<>(csv(this.store.entries(from)).getBytes(StandardCharsets.UTF_8), format);
		}
		catch (FeedbackUnavailableException ex) {
			return new WebEndpointResponse<>("The feedback database cannot be read now.\n",
					WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE);
		}
	}

	/** @return the start of the day named, in Singapore; the beginning of time when none is */
	static Instant since(@Nullable String day) {
		if (day == null || day.isBlank()) {
			return Instant.EPOCH;
		}
		try {
			return LocalDate.parse(day.strip()).atStartOfDay(SiteTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidEndpointRequestException("since must be a date such as 2026-12-01",
					"since is not a date");
		}
	}

	/**
	 * RFC 4180 CSV with a header row, one line per entry; a cell a spreadsheet would take for a formula gets a
	 * leading apostrophe, as the text is citizens' own.
	 */
	static String csv(List<FeedbackEntry> entries) {
		StringBuilder csv = new StringBuilder("received,page,answer,doing,wrong\r\n");
		for (FeedbackEntry entry : entries) {
			csv.append(MINUTE.format(entry.received().atZone(SiteTime.ZONE))).append(',')
				.append(cell(entry.page())).append(',')
				.append(entry.answer().value()).append(',')
				.append(cell(entry.doing())).append(',')
				.append(cell(entry.wrong())).append("\r\n");
		}
		return csv.toString();
	}

	private static String cell(String text) {
		String safe = (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	/**
	 * The per-page counts, as JSON.
	 *
	 * @param since the day counted from, as asked; {@code null} for all time
	 * @param pages each page's counts, the pages with most "no" answers first
	 */
	record Summary(@Nullable String since, List<PageSummary> pages) {
	}

	/** What the endpoint answers in, chosen by the request's {@code Accept}: CSV unless JSON is asked for. */
	enum Format implements Producible<Format> {

		CSV("text/csv;charset=UTF-8") {

			@Override
			public boolean isDefault() {
				return true;
			}

		},

		JSON("application/json");

		private final MimeType type;

		Format(String type) {
			this.type = MimeType.valueOf(type);
		}

		@Override
		public MimeType getProducedMimeType() {
			return this.type;
		}

	}

}
