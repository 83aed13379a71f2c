package sg.gov.tech.efforts.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.view.ErrorPageModel;
import sg.gov.tech.efforts.site.view.NavLink;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Takes the answers of the forms at the foot of every page ({@code fragments/feedback.html}): each a plain POST,
 * answered with a 303 redirect to a thank-you page (post, redirect, get), so reloading that page never sends twice.
 * Before anything is saved: the form must come from this site ({@link SameOrigin}), the client address must not have
 * sent too many ({@link SubmissionLimiter}), the page named must be one the site publishes, and what was written
 * loses its personal details ({@link Redaction}). A filled-in honeypot is thanked and dropped. Nothing of these
 * answers is cached anywhere ({@code no-store}).
 */
@Controller
class FeedbackController {

	static final String USEFUL = "/page-feedback/useful";

	static final String PROBLEM = "/page-feedback/problem";

	static final String THANKS = "/page-feedback/thanks/";

	/** What the forms let citizens type into each box ({@code maxlength}), and so the most kept. */
	static final int MAX_LENGTH = 1200;

	/** The honeypot: a field people never see (the {@code hidden} attribute), which bots filling in every field do. */
	static final String TRAP = "website";

	private static final String ALLOWED = "POST, OPTIONS";

	private static final String NO_STORE = CacheControl.noStore().getHeaderValue();

	private final CurrentSite content;

	private final FeedbackStore store;

	private final SubmissionLimiter limiter;

	private final SameOrigin origin;

	private final FeedbackMetrics metrics;

	private final Clock clock;

	private final Duration retryAfter;

	FeedbackController(CurrentSite content, FeedbackStore store, SubmissionLimiter limiter, SameOrigin origin,
			FeedbackMetrics metrics, Clock clock, SiteProperties properties) {
		this.content = content;
		this.store = store;
		this.limiter = limiter;
		this.origin = origin;
		this.metrics = metrics;
		this.clock = clock;
		this.retryAfter = properties.getFeedback().getRetryAfter();
	}

	/** "Is this page useful?" Yes or No. */
	@PostMapping(USEFUL)
	RedirectView useful(@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String useful,
			@RequestParam(name = TRAP, defaultValue = "") String trap, HttpServletRequest request,
			HttpServletResponse response) {
		admit(request, response, page);
		Answer answer = Answer.useful(useful).orElseThrow(() -> refused(Refusal.INVALID));
		save(trap, new FeedbackEntry(page, answer, "", "", this.clock.instant()));
		return thanks(page, answer);
	}

	/** "Report a problem with this page": what the citizen was trying to do, and what went wrong. */
	@PostMapping(PROBLEM)
	ModelAndView problem(@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String doing,
			@RequestParam(defaultValue = "") String wrong, @RequestParam(name = TRAP, defaultValue = "") String trap,
			HttpServletRequest request, HttpServletResponse response) {
		admit(request, response, page);
		String keptDoing = Redaction.keep(doing, MAX_LENGTH);
		String keptWrong = Redaction.keep(wrong, MAX_LENGTH);
		if (keptDoing.isEmpty() && keptWrong.isEmpty() && trap.isEmpty()) {
			// nothing to keep: the form again, saying what it needs
			ModelAndView again = report(page).addObject("error", true).addObject("doing", doing)
				.addObject("wrong", wrong);
			again.setStatus(HttpStatus.BAD_REQUEST);
			return again;
		}
		save(trap, new FeedbackEntry(page, Answer.PROBLEM, keptDoing, keptWrong, this.clock.instant()));
		return new ModelAndView(thanks(page, Answer.PROBLEM));
	}

	/** Where each answer leads: thanks, a way back to the page, and after a "No" the problem form. */
	@GetMapping(THANKS)
	ModelAndView thanks(@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String answer,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		Site site = this.content.site();
		// a page to read, not a submission: refused without counting it as one
		NavLink back = FeedbackPages.published(site, page)
			.orElseThrow(() -> new FeedbackRefusedException(Refusal.INVALID));
		return new ModelAndView("feedback/thanks", FeedbackPages.model(site, this.clock)).addObject("page", page)
			.addObject("back", back)
			.addObject("offerReport", Answer.NO.value().equals(answer));
	}

	/** The forms' addresses take only POST: anything else is 405, in the site's error page. */
	@RequestMapping({ USEFUL, PROBLEM })
	ModelAndView otherMethods(HttpServletResponse response) {
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		HttpStatus status = HttpStatus.METHOD_NOT_ALLOWED;
		return new ModelAndView(ErrorPageModel.view(status), ErrorPageModel.of(this.content.site(), status, this.clock),
				status);
	}

	/** Asked which methods the forms' addresses take: POST alone (Spring would list the pages' GET too). */
	@RequestMapping(path = { USEFUL, PROBLEM }, method = RequestMethod.OPTIONS)
	void options(HttpServletResponse response) {
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
	}

	@ExceptionHandler(FeedbackRefusedException.class)
	ModelAndView refusedPage(FeedbackRefusedException refusal, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		if (!refusal.retryAfter().isZero()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refusal.retryAfter().toSeconds())));
		}
		return FeedbackPages.refused(this.content.site(), refusal.reason(), this.clock);
	}

	/** The checks every submission passes before it is read: where it came from, how many, which page. */
	private void admit(HttpServletRequest request, HttpServletResponse response, String page) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		if (!this.origin.allows(request)) {
			throw refused(Refusal.ORIGIN);
		}
		Optional<Duration> wait = this.limiter.refuse(request.getRemoteAddr());
		if (wait.isPresent()) {
			throw refused(new FeedbackRefusedException(Refusal.RATE, wait.get()));
		}
		if (FeedbackPages.published(this.content.site(), page).isEmpty()) {
			throw refused(Refusal.INVALID);
		}
	}

	/** Saves an entry, unless the honeypot was filled in: then the bot is thanked as anyone, and nothing is kept. */
	private void save(String trap, FeedbackEntry entry) {
		if (!trap.isEmpty()) {
			this.metrics.refused(Refusal.HONEYPOT);
			return;
		}
		try {
			this.store.save(entry);
		}
		catch (FeedbackUnavailableException ex) {
			throw refused(new FeedbackRefusedException(Refusal.UNAVAILABLE, this.retryAfter));
		}
		this.metrics.saved(entry.answer());
	}

	/** The problem form on a page of its own, for an empty report sent back. */
	private ModelAndView report(String page) {
		Site site = this.content.site();
		return new ModelAndView("feedback/report", FeedbackPages.model(site, this.clock)).addObject("page", page)
			.addObject("back", FeedbackPages.published(site, page).orElseThrow());
	}

	/** 303 See Other to the thank-you page, its query encoded strictly (a page path may hold {@code &} or {@code #}). */
	private static RedirectView thanks(String page, Answer answer) {
		String location = UriComponentsBuilder.fromPath(THANKS)
			.queryParam("page", "{page}")
			.queryParam("answer", answer.value())
			.encode()
			.buildAndExpand(Map.of("page", page))
			.toUriString();
		RedirectView redirect = new RedirectView(location, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	private FeedbackRefusedException refused(Refusal reason) {
		return refused(new FeedbackRefusedException(reason));
	}

	private FeedbackRefusedException refused(FeedbackRefusedException refusal) {
		this.metrics.refused(refusal.reason());
		return refusal;
	}

}
