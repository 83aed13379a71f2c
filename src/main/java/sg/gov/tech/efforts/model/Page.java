package sg.gov.tech.efforts.model;

import java.time.Instant;
import java.util.List;

/**
 * One content file, rendered once when content loads.
 *
 * @param source the file's name relative to the content root, for messages
 * @param frontMatter the validated front matter
 * @param introHtml the body before the first section
 * @param sections the {@code ###} sections in reading order
 * @param description the meta description: the front matter's, else the opening text
 * @param lastModified when the file last changed
 * @param placement where the page sits in a collection, if it does
 * @param details what its layout shows besides the body
 * @param needs what its content needs from the browser: its stylesheet, the hosts of its frames, forms and images
 * @param text the words of {@code introHtml}, one line per block, for search
 */
public record Page(String source, FrontMatter frontMatter, String introHtml, List<Section> sections,
		String description, Instant lastModified, Placement placement, PageDetails details, PageNeeds needs,
		String text) {

	public Page {
		sections = List.copyOf(sections);
	}

	/** A page outside every collection, with nothing beyond its body. */
	public Page(String source, FrontMatter frontMatter, String introHtml, List<Section> sections, String description,
			Instant lastModified) {
		this(source, frontMatter, introHtml, sections, description, lastModified, Placement.NONE, PageDetails.NONE,
				PageNeeds.NONE, "");
	}

	public String title() {
		return this.frontMatter.title();
	}

	public String permalink() {
		return this.frontMatter.permalink();
	}

	public Layout layout() {
		return this.frontMatter.layout();
	}

	/** @return whether each section is also a page of its own */
	public boolean sectionPages() {
		return this.frontMatter.sectionPages();
	}

	public String urlOf(Section section) {
		return (this.sectionPages() ? permalinkAsFolder() + section.slug() + "/" : this.permalink() + "#" + section.slug());
	}

	/** The same page with other details, such as a homepage's sections once the posts they list are known. */
	public Page withDetails(PageDetails details) {
		return new Page(this.source, this.frontMatter, this.introHtml, this.sections, this.description,
				this.lastModified, this.placement, details, this.needs, this.text);
	}

	/** The same page placed in a collection. */
	public Page placedIn(Placement placement) {
		return new Page(this.source, this.frontMatter, this.introHtml, this.sections, this.description,
				this.lastModified, placement, this.details, this.needs, this.text);
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
			.orElseThrow(() -> new PageNotFoundException(permalinkAsFolder() + slug + "/"));
	}

	private String permalinkAsFolder() {
		String permalink = this.permalink();
		return permalink.endsWith("/") ? permalink : permalink + "/";
	}

}
