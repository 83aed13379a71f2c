package sg.gov.tech.efforts.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.view.NavLink;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * In preview mode, shows editors what citizens said of each page: how many found it useful, how many not, how many
 * reported a problem. The public site answers 404 there; operators export the entries from the management port.
 */
@Controller
class FeedbackPreviewController {

	static final String PATH = "/preview/feedback/";

	private final CurrentSite content;

	private final FeedbackStore store;

	private final Clock clock;

	FeedbackPreviewController(CurrentSite content, FeedbackStore store, Clock clock) {
		this.content = content;
		this.store = store;
		this.clock = clock;
	}

	@GetMapping(PATH)
	ModelAndView summary(@RequestParam(defaultValue = "") String since, HttpServletResponse response) {
		Site site = this.content.site();
		if (!site.preview()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		Instant from;
		try {
			from = FeedbackExport.since(since);
		}
		catch (InvalidEndpointRequestException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<PageSummary> pages;
		try {
			pages = this.store.summary(from);
		}
		catch (FeedbackUnavailableException ex) {
			return FeedbackPages.refused(site, Refusal.UNAVAILABLE, this.clock);
		}
		return new ModelAndView("feedback/summary", FeedbackPages.model(site, this.clock)).addObject("pages", pages)
			.addObject("since", since.isBlank() ? null : since.strip())
			.addObject("breadcrumb", List.of(NavLink.to("Home", "/"), new NavLink("Feedback", PATH, true)));
	}

}
