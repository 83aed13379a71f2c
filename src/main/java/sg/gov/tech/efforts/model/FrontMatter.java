package sg.gov.tech.efforts.model;

/**
 * What a page's YAML block says about it, whichever format it came from.
 *
 * @param title the page title, its only {@code <h1>}
 * @param permalink the page's canonical URL path, starting with {@code /}
 * @param description the meta description; empty when the editor left it out or blank
 * @param thirdNavTitle the heading of the side navigation (Isomer's {@code third_nav_title}); empty when absent
 * @param variant Isomer's body variant, {@code markdown} by default or {@code tiptap} for editor HTML
 * @param layout how the page is laid out
 * @param breadcrumb the page's name in breadcrumbs (Isomer's {@code breadcrumb}); empty for its title
 * @param sectionPages whether each {@code ###} section is also a page of its own at {@code {permalink}{slug}/}
 */
public record FrontMatter(String title, String permalink, String description, String thirdNavTitle, String variant,
		Layout layout, String breadcrumb, boolean sectionPages) {

	/** A page of the project's own format: the default layout, named by its title, every section a page. */
	public FrontMatter(String title, String permalink, String description, String thirdNavTitle, String variant) {
		this(title, permalink, description, thirdNavTitle, variant, Layout.PAGE, "", true);
	}

	public boolean hasDescription() {
		return !this.description.isBlank();
	}

	/** @return the page's name in breadcrumbs */
	public String crumb() {
		return this.breadcrumb.isBlank() ? this.title : this.breadcrumb;
	}

}
