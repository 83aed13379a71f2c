package sg.gov.tech.efforts.content;

/**
 * The YAML block at the top of an Isomer page.
 *
 * @param title the page title, its only {@code <h1>}
 * @param permalink the page's URL path, always starting and ending with {@code /}
 * @param description the meta description; empty when the editor left it out or blank
 * @param thirdNavTitle the heading of the side navigation on section pages; empty when absent
 * @param variant Isomer's layout variant, kept for editors ({@code markdown} by default)
 */
public record FrontMatter(String title, String permalink, String description, String thirdNavTitle, String variant) {

	public boolean hasDescription() {
		return !this.description.isBlank();
	}

}
