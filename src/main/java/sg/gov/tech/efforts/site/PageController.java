package sg.gov.tech.efforts.site;

import jakarta.servlet.http.HttpServletRequest;

import sg.gov.tech.efforts.content.Route;
import sg.gov.tech.efforts.content.Site;
import sg.gov.tech.efforts.content.SiteContent;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Serves every content page at its permalink and every section at {@code {permalink}{slug}/}; a path that differs
 * from the canonical one only by a missing trailing slash or letter case is redirected permanently.
 */
@Controller
class PageController {

	private final SiteContent content;

	PageController(SiteContent content) {
		this.content = content;
	}

	@GetMapping("/")
	RedirectView home() {
		// temporary: "/" may become a home page of its own one day, so browsers must not cache the redirect
		return new RedirectView(this.content.site().settings().home(), true);
	}

	@GetMapping("/**")
	ModelAndView page(HttpServletRequest request) {
		Site site = this.content.site();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Route route = site.route(path);
		if (!route.path().equals(path)) {
			RedirectView canonical = new RedirectView(route.path(), true);
			canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			canonical.setExposeModelAttributes(false);
			return new ModelAndView(canonical);
		}
		ModelAndView view;
		if (route instanceof Route.SectionRoute section) {
			view = new ModelAndView("pages/section").addObject("section", ViewModels.section(site, section));
		}
		else {
			view = new ModelAndView("pages/page").addObject("page", ViewModels.page(site, route.page()));
		}
		return view.addObject("chrome", Chrome.of(site));
	}

}
