package sg.gov.tech.efforts.site;

import org.springframework.core.Ordered;

/**
 * Who meets a request first, declared in one place: the servlet filters' orders (lowest first) and the resource
 * handlers' order among Spring MVC's handler mappings. Spring Boot's own character encoding filter also has
 * {@link Ordered#HIGHEST_PRECEDENCE}; its HTTP observation filter, one later, is turned off in application.properties.
 */
public final class RequestOrder {

	/** The security headers go on every response before anything can write one ({@link SecurityHeaders}). */
	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE;

	/** Then the pre-rendered pages, the commonest request, before anything else looks at it ({@link PageWriter}). */
	public static final int PAGES = Ordered.HIGHEST_PRECEDENCE + 2;

	/** Then an Isomer repository's other files at their own paths ({@code web.ContentFilesFilter}). */
	public static final int CONTENT_FILES = Ordered.HIGHEST_PRECEDENCE + 3;

	/** In Spring MVC, the static resources before the page controller, whose {@code /**} would take every path. */
	public static final int RESOURCE_HANDLERS = Ordered.HIGHEST_PRECEDENCE;

	private RequestOrder() {
	}

}
