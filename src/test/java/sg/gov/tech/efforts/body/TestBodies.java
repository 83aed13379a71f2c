package sg.gov.tech.efforts.body;

import java.util.List;

import sg.gov.tech.efforts.model.Link;
import sg.gov.tech.efforts.source.FrontMatterBlock;
import sg.gov.tech.efforts.source.ValidationReport;

/** Renders the body of a test page (front matter and Markdown) as every reader does, each section a page. */
final class TestBodies {

	private final BodyPipeline renderer;

	TestBodies() {
		this(List.of(), false);
	}

	TestBodies(List<Link> crossLinks, boolean preview) {
		this(crossLinks, preview, ImageSizes.NONE);
	}

	TestBodies(List<Link> crossLinks, boolean preview, ImageSizes sizes) {
		this.renderer = new BodyPipeline(crossLinks, preview, sizes);
	}

	PageBody parse(String file, String source) {
		return parse(file, source, new ValidationReport());
	}

	PageBody parse(String file, String source, ValidationReport report) {
		FrontMatterBlock split = FrontMatterBlock.of(file, source).orElseThrow();
		return this.renderer.render(file, "/t/", split.body(), split.bodyFirstLine(), true, report);
	}

}
