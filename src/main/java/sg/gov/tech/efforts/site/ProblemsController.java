package sg.gov.tech.efforts.site;

import java.time.Clock;
import java.util.List;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.site.view.Chrome;
import sg.gov.tech.efforts.site.view.NavLink;
import sg.gov.tech.efforts.site.view.Updated;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * In preview mode, lists every problem of the content loaded last, errors first, each with its file and line, so
 * editors see what the log says without reading it; the public site answers 404 there.
 */
@Controller
class ProblemsController {

	static final String PATH = "/preview/problems/";

	private final CurrentSite content;

	private final Clock clock;

	ProblemsController(CurrentSite content, Clock clock) {
		this.content = content;
		this.clock = clock;
	}

	@GetMapping(PATH)
	ModelAndView problems() {
		Site site = this.content.site();
		if (!site.preview()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("preview/problems").addObject("chrome", Chrome.of(site, this.clock))
			.addObject("updated", Updated.of(site.lastModified()))
			.addObject("errors", site.errors())
			.addObject("warnings", site.warnings())
			.addObject("breadcrumb", List.of(NavLink.to("Home", "/"), new NavLink("Content problems", PATH, true)));
	}

}
