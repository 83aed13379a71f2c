package sg.gov.tech.efforts.search;

import java.util.List;

import sg.gov.tech.efforts.content.SiteContent;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.Updated;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The results page of the search box in every page's header: {@code GET /search?q=...}, in the site's chrome. */
@Controller
class SearchController {

	private final SiteContent content;

	private final SearchIndex index;

	SearchController(SiteContent content, SearchIndex index) {
		this.content = content;
		this.index = index;
	}

	@GetMapping("/search")
	ModelAndView search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "query", required = false) String isomerQuery) {
		Site site = this.content.site();
		// Isomer's own search forms send "query"
		SearchQuery query = SearchQuery.of((q != null) ? q : isomerQuery);
		SearchResults results = query.isEmpty() ? SearchResults.NONE : this.index.search(query);
		return new ModelAndView("search/results")
			.addObject("search", new SearchPage(query, results, SearchQuery.MAX_LENGTH))
			.addObject("chrome", Chrome.of(site))
			.addObject("updated", Updated.of(site.lastModified()))
			.addObject("breadcrumb", List.of(new NavLink("Home", "/", false), new NavLink("Search", "/search", true)));
	}

}
