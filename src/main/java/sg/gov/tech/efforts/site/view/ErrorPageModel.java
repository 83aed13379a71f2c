package sg.gov.tech.efforts.site.view;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import sg.gov.tech.efforts.model.Site;

import org.springframework.http.HttpStatus;

/**
 * What an error page shows: the same for the error controller and the pre-rendered 404 page, so both give visitors
 * the very same page. Only the status reaches the template, never an exception, a message or a path.
 */
public final class ErrorPageModel {

	private ErrorPageModel() {
	}

	/**
	 * @param status an error status
	 * @return {@code error/404} with links to every page and section, {@code error/4xx} for other client errors and
	 * {@code error/500} for server errors
	 */
	public static String view(HttpStatus status) {
		return (status == HttpStatus.NOT_FOUND) ? "error/404" : status.is4xxClientError() ? "error/4xx" : "error/500";
	}

	/** A site with more pages than this lists its navigation on the 404 page rather than every page. */
	static final int LISTED_PAGES = 20;

	public static Map<String, Object> of(Site site, HttpStatus status, Clock clock) {
		boolean small = site.pages().size() <= LISTED_PAGES;
		return Map.of("status", status.value(), "reason", status.getReasonPhrase(), "chrome", Chrome.of(site, clock),
				"updated", Updated.of(site.lastModified()), "pages",
				small ? site.pages() : List.of(), "navigation", small ? List.of() : site.settings().navigation(),
				"homePage", site.route(site.settings().home()).source().orElseThrow());
	}

}
