package sg.gov.tech.efforts.feedback;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import sg.gov.tech.efforts.model.PageNotFoundException;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.Updated;

import org.springframework.web.servlet.ModelAndView;

/**
 * The pages feedback may be about, and what the feedback's own pages show around them: only a path the site
 * publishes (a page, a section's page, a list of posts, exactly as its canonical URL) or the page-not-found page.
 */
final class FeedbackPages {

	private FeedbackPages() {
	}

	/**
	 * @param site the site being served
	 * @param path what a form named as its page
	 * @return the page to link back to, titled; empty when the site publishes no such page
	 */
	static Optional<NavLink> published(Site site, String path) {
		if (FeedbackEntry.NOT_FOUND.equals(path)) {
			return Optional.of(NavLink.to("the home page", site.settings().home()));
		}
		if (path == null || !path.startsWith("/")) {
			return Optional.empty();
		}
		try {
			Route route = site.route(path);
			if (!route.path().equals(path) || route instanceof Route.SearchRoute) {
				return Optional.empty();
			}
			return Optional.of(NavLink.to(title(route), path));
		}
		catch (PageNotFoundException ex) {
			return Optional.empty();
		}
	}

	private static String title(Route route) {
		if (route instanceof Route.SectionRoute section) {
			return section.section().title();
		}
		if (route instanceof Route.ListingRoute listing) {
			return listing.room().title();
		}
		return route.source().orElseThrow().title();
	}

	/** @return the page saying why a submission was not saved, with its status */
	static ModelAndView refused(Site site, Refusal reason, Clock clock) {
		ModelAndView page = new ModelAndView("feedback/refused", model(site, clock))
			.addObject("heading", reason.heading())
			.addObject("message", reason.message());
		page.setStatus(reason.status());
		return page;
	}

	/** @return what the layout needs on every page: the chrome and the footer's date */
	static Map<String, Object> model(Site site, Clock clock) {
		Map<String, Object> model = new HashMap<>();
		model.put("chrome", Chrome.of(site, clock));
		model.put("updated", Updated.of(site.lastModified()));
		return model;
	}

}
