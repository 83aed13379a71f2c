package sg.gov.tech.efforts.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the header's main navigation: a link, or a link with a drop-down of further links.
 *
 * @param title the visible text
 * @param url where the entry itself leads; {@link Url#NONE} for text without a link
 * @param sublinks the drop-down's links, in order; empty for a plain link
 */
public record NavItem(String title, Url url, List<Link> sublinks) {

	public NavItem {
		sublinks = List.copyOf(sublinks);
	}

	public static NavItem of(Link link) {
		return new NavItem(link.title(), link.url(), List.of());
	}

	public boolean hasSublinks() {
		return !this.sublinks.isEmpty();
	}

	/** @return the drop-down's links, led by the entry's own page when none of them is it */
	public List<Link> menu() {
		if (this.sublinks.stream().anyMatch((link) -> link.url().equals(this.url))) {
			return this.sublinks;
		}
		List<Link> menu = new ArrayList<>(List.of(new Link(this.title, this.url)));
		menu.addAll(this.sublinks);
		return List.copyOf(menu);
	}

}
