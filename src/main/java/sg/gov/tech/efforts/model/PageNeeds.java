package sg.gov.tech.efforts.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * What a page's content needs from the browser beyond the site's own files, so its Content-Security-Policy allows
 * exactly that: the stylesheet its editors' styles became, and the hosts its frames, forms and images come from.
 *
 * @param css the page's own stylesheet; empty for none
 * @param frameSources origins of the frames it embeds
 * @param formActions origins its forms post to
 * @param imageSources origins (or {@code data:}) of the images it shows
 */
public record PageNeeds(String css, Set<String> frameSources, Set<String> formActions, Set<String> imageSources) {

	/** Nothing beyond the site's own files. */
	public static final PageNeeds NONE = new PageNeeds("", Set.of(), Set.of(), Set.of());

	public PageNeeds {
		frameSources = Set.copyOf(frameSources);
		formActions = Set.copyOf(formActions);
		imageSources = Set.copyOf(imageSources);
	}

	/** @return everything either needs */
	public PageNeeds and(PageNeeds other) {
		BinaryOperator<Set<String>> union = (a, b) -> {
			Set<String> all = new TreeSet<>(a);
			all.addAll(b);
			return all;
		};
		return new PageNeeds(this.css + other.css, union.apply(this.frameSources, other.frameSources),
				union.apply(this.formActions, other.formActions), union.apply(this.imageSources, other.imageSources));
	}

}
