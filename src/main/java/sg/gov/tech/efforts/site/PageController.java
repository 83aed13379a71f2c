package sg.gov.tech.efforts.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import sg.gov.tech.efforts.content.Link;
import sg.gov.tech.efforts.content.Route;
import sg.gov.tech.efforts.content.Site;
import sg.gov.tech.efforts.content.SiteContent;
import sg.gov.tech.efforts.seo.HeadTags;
import sg.gov.tech.efforts.seo.PageHeads;

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

	private final PageHeads heads;

	PageController(SiteContent content, PageHeads heads) {
		this.content = content;
		this.heads = heads;
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
		HeadTags head;
		if (route instanceof Route.SectionRoute section) {
			SectionView model = ViewModels.section(site, section);
			view = new ModelAndView("pages/section").addObject("section", model);
			head = this.heads.of(site, route.path(), model.title() + " | " + model.pageTitle(), model.description(),
					linked(model.breadcrumb()));
		}
		else {
			PageView model = ViewModels.page(site, route.page());
			view = new ModelAndView("pages/page").addObject("page", model);
			head = this.heads.of(site, route.path(), model.title(), model.description(), linked(model.breadcrumb()));
		}
		return view.addObject("chrome", Chrome.of(site)).addObject("seo", head);
	}

	/** Structured data lists only the breadcrumb steps that are pages; a step without a URL is not an item. */
	private static List<Link> linked(List<NavLink> breadcrumb) {
		return breadcrumb.stream()
			.filter((step) -> step.url() != null)
			.map((step) -> new Link(step.title(), step.url()))
			.toList();
	}

}
