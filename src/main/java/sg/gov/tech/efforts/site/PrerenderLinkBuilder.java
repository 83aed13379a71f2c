package sg.gov.tech.efforts.site;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Lets {@code @{/...}} links work in pages rendered ahead of any request, where Thymeleaf has no request to take the
 * context path from: they get the configured {@code server.servlet.context-path} instead.
 */
class PrerenderLinkBuilder extends StandardLinkBuilder {

	private final String contextPath;

	PrerenderLinkBuilder(String contextPath) {
		this.contextPath = contextPath;
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		return (context instanceof IWebContext) ? super.computeContextPath(context, base, parameters)
				: this.contextPath;
	}

}
