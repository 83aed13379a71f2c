package sg.gov.tech.efforts.model;

/** No page or section lives at the requested path; the web layer answers 404. */
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException(String path) {
		super("No page at " + path);
	}

}
