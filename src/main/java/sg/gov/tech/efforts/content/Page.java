package sg.gov.tech.efforts.content;

import java.time.Instant;
import java.util.List;

/**
 * One Isomer Markdown file, rendered once when content loads.
 *
 * @param source the file's name relative to the content root, for messages
 * @param frontMatter the validated front matter
 * @param introHtml the body before the first section
 * @param sections the {@code ###} sections in reading order
 * @param description the meta description: the front matter's, else the opening text
 * @param lastModified when the file last changed
 */
public record Page(String source, FrontMatter frontMatter, String introHtml, List<Section> sections,
		String description, Instant lastModified) {

	public Page {
		sections = List.copyOf(sections);
	}

	public String title() {
		return this.frontMatter.title();
	}

	public String permalink() {
		return this.frontMatter.permalink();
	}

	public String urlOf(Section section) {
		return permalink() + section.slug() + "/";
	}

	/**
	 * The section with the given slug.
	 * @param slug the section's slug, exactly
	 * @return the section
	 * @throws PageNotFoundException when the page has no such section
	 */
	public Section section(String slug) {
		return this.sections.stream()
			.filter((section) -> section.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException(urlOfSlug(slug)));
	}

	private String urlOfSlug(String slug) {
		return permalink() + slug + "/";
	}

}
