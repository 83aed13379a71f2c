package sg.gov.tech.efforts.folder;

import java.time.Instant;
import java.util.List;

import sg.gov.tech.efforts.body.BodyPipeline;
import sg.gov.tech.efforts.body.ImageSizes;
import sg.gov.tech.efforts.body.PageBody;
import sg.gov.tech.efforts.body.PageLinks;
import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.PageDetails;
import sg.gov.tech.efforts.model.Placement;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Turns one Markdown file of the project's own format into a {@link Page}: front matter, rendered body, and its
 * {@code ###} sections, each a page of its own.
 */
public final class PageParser {

	private final FrontMatterParser frontMatterParser = new FrontMatterParser();

	private final BodyPipeline bodies;

	/** A parser for the public site, with no cross-link names. */
	public PageParser() {
		this(List.of(), false);
	}

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 */
	public PageParser(List<Link> crossLinks, boolean preview) {
		this(crossLinks, preview, ImageSizes.NONE);
	}

	/**
	 * @param crossLinks the names "Cross link to … i.e. NAME" bullets may name, with their addresses
	 * @param preview whether editor notes are shown, highlighted, rather than removed
	 * @param imageSizes the size of the content root's own images
	 */
	public PageParser(List<Link> crossLinks, boolean preview, ImageSizes imageSizes) {
		this.bodies = new BodyPipeline(crossLinks, preview, imageSizes);
	}

	/**
	 * Parses and renders a page.
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @param lastModified when the file last changed
	 * @return the rendered page
	 * @throws ContentException naming the file, line and problem when the file cannot be served
	 */
	public Page parse(String file, String source, Instant lastModified) {
		return parse(file, source, lastModified, new ValidationReport()).page();
	}

	/**
	 * Parses and renders a page, reporting what editors should look at.
	 * @param file the file's name, for messages
	 * @param source the file's text
	 * @param lastModified when the file last changed
	 * @param report told about the page's warnings
	 * @return the rendered page and its local links, to check once every page is known
	 * @throws ContentException naming the file, line and problem when the file cannot be served
	 */
	Parsed parse(String file, String source, Instant lastModified, ValidationReport report) {
		FrontMatterParser.Split split = this.frontMatterParser.parse(file, source, report);
		PageBody body = this.bodies.render(file, split.frontMatter().permalink(), split.body(), split.bodyFirstLine(),
				true, report);
		String description = split.frontMatter().hasDescription() ? split.frontMatter().description()
				: body.openingText();
		return new Parsed(new Page(file, split.frontMatter(), body.introHtml(), body.sections(), description,
				lastModified, Placement.NONE, PageDetails.NONE, body.needs(), body.text()), body.links(),
				split.permalinkLine());
	}

	/**
	 * A parsed page with the links its body holds.
	 * @param page the page
	 * @param links its ids and local links
	 * @param permalinkLine the line of its permalink, for problems with its URL
	 */
	record Parsed(Page page, PageLinks links, int permalinkLine) {
	}

}
