package sg.gov.tech.efforts.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.IntFunction;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.Updated;
import sg.gov.tech.efforts.site.view.ViewModels;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The results page of the search box in every page's header: {@code GET /search?q=...}, in the site's chrome. */
@Controller
class SearchController {

	private final CurrentSite content;

	private final SearchIndex index;

	private final SiteProperties properties;

	private final Clock clock;

	SearchController(CurrentSite content, SearchIndex index, SiteProperties properties, Clock clock) {
		this.content = content;
		this.index = index;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/search")
	ModelAndView search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "query", required = false) String isomerQuery,
			@RequestParam(name = "page", required = false) String page) {
		Site site = this.content.site();
		// Isomer's own search forms send "query"
		SearchQuery query = SearchQuery.of((q != null) ? q : isomerQuery);
		SearchResults results = query.isEmpty() ? SearchResults.NONE : this.index.search(query, number(page));
		IntFunction<String> url = (number) -> "/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
				+ ((number > 1) ? "&page=" + number : "");
		int shown = results.page();
		List<NavLink> pages = ViewModels.pageLinks(results.pageCount(), shown, url);
		NavLink previous = (shown > 1) ? NavLink.to("Previous", url.apply(shown - 1)) : null;
		NavLink next = (shown < results.pageCount()) ? NavLink.to("Next", url.apply(shown + 1)) : null;
		return new ModelAndView("search/results")
			.addObject("search", new SearchPage(query, results, SearchQuery.MAX_LENGTH, pages, previous, next,
					this.properties.getBaseUrl()))
			.addObject("chrome", Chrome.of(site, this.clock))
			.addObject("updated", Updated.of(site.lastModified()))
			.addObject("breadcrumb", List.of(new NavLink("Home", "/", false), new NavLink("Search", "/search", true)));
	}

	/** A page number as a visitor may have typed it: anything but a number from 1 is the first page. */
	private static int number(String page) {
		if (page == null || !page.strip().matches("\\d{1,4}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page.strip()));
	}

}
