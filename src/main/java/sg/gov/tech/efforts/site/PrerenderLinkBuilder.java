package sg.gov.tech.efforts.site;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Lets {@code @{/...}} links work in pages rendered ahead of any request, where Thymeleaf has no request to take the
 * context path from (they get the configured {@code server.servlet.context-path}) and no response to rewrite static
 * files to their content-hashed names (they get them from the {@link ResourceUrlProvider}, as requests do through
 * its encoding filter).
 */
class PrerenderLinkBuilder extends StandardLinkBuilder {

	private final String contextPath;

	/** Known once the web layer has started; until then links keep their plain names, which are served too. */
	private volatile ResourceUrlProvider resourceUrls;

	PrerenderLinkBuilder(String contextPath) {
		this.contextPath = contextPath;
	}

	void useResourceUrls(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		return (context instanceof IWebContext) ? super.computeContextPath(context, base, parameters)
				: this.contextPath;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		ResourceUrlProvider urls = this.resourceUrls;
		if (context instanceof IWebContext || urls == null || !link.startsWith(this.contextPath + "/")) {
			return super.processLink(context, link);
		}
		String hashed = urls.getForLookupPath(link.substring(this.contextPath.length()));
		return (hashed != null) ? this.contextPath + hashed : link;
	}

}
