package sg.gov.tech.efforts.browser;

import java.util.ArrayList;
import java.util.List;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;

/**
 * The pages the browser tests visit, taken from the content the application serves rather than written twice:
 * the home page (the efforts page) and each of its areas in reading order.
 */
record Visits(Page page, List<Section> areas) {

	/** A path no page lives at. */
	static final String MISSING = "/no-such-page/";

	/** Search results, with and without matches. */
	static final List<String> SEARCHES = List.of("/search?q=digital+identity", "/search?q=qwertyuiop");

	static Visits of(CurrentSite content) {
		Site site = content.site();
		Page page = site.page(site.settings().home());
		return new Visits(page, page.sections());
	}

	String pagePath() {
		return this.page.permalink();
	}

	String areaPath(Section area) {
		return this.page.urlOf(area);
	}

	/** The efforts page followed by every area page. */
	List<String> allPaths() {
		List<String> paths = new ArrayList<>();
		paths.add(pagePath());
		this.areas.forEach((area) -> paths.add(areaPath(area)));
		return paths;
	}

	/** Every kind of page a visitor can land on: the efforts page, every area, search results and the 404 page. */
	List<String> everyKind() {
		List<String> paths = allPaths();
		paths.addAll(SEARCHES);
		paths.add(MISSING);
		return paths;
	}

}
