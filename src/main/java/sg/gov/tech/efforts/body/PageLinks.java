package sg.gov.tech.efforts.body;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The ids and the local links and images of one rendered page, kept with the page so links can be checked against
 * any later version of the site without rendering the page again.
 *
 * @param file the page's file
 * @param permalink the page's URL
 * @param ids every element id of the page, the targets of {@code #fragment} links
 * @param targets every link and image that leads inside the site
 */
public record PageLinks(String file, String permalink, Set<String> ids, List<LocalTarget> targets) {

	public PageLinks {
		ids = Set.copyOf(ids);
		targets = List.copyOf(targets);
	}

	/**
	 * A local link or image.
	 *
	 * @param line the 1-based line it was written on
	 * @param written the address as written
	 * @param resolved the address resolved against the page's URL
	 * @param image whether it is an image
	 */
	public record LocalTarget(int line, String written, URI resolved, boolean image) {
	}

}
