package sg.gov.tech.efforts.folder;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.model.FrontMatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrontMatterParserTests {

	private final FrontMatterParser parser = new FrontMatterParser();

	@Test
	void readsEveryIsomerField() {
		FrontMatterParser.Split split = ourPage();
		assertThat(split.frontMatter()).isEqualTo(
				new FrontMatter("Our Page", "/about-us/our-page/", "", "What We Do", "markdown"));
		assertThat(split.frontMatter().hasDescription()).isFalse();
	}

	@Test
	void findsWhereTheBodyStarts() {
		FrontMatterParser.Split split = ourPage();
		assertThat(split.body()).startsWith("Body text");
		assertThat(split.bodyFirstLine()).isEqualTo(8);
	}

	private FrontMatterParser.Split ourPage() {
		return this.parser.parse("page.md", """
				---
				title: Our Page
				permalink: /about-us/our-page
				description: ""
				third_nav_title: What We Do
				variant: markdown
				---
				Body text
				""");
	}

	@Test
	void aMissingTitleIsAnErrorAtTheFrontMattersFirstLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("untitled.md", "---\npermalink: /x/\n---\nBody\n"))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("untitled.md");
				assertThat(ex.line()).isEqualTo(1);
				assertThat(ex.problem()).contains("'title'");
			});
	}

	@Test
	void missingPermalinkIsAnError() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("p.md", "---\ntitle: T\n---\n"))
			.withMessageContaining("'permalink'");
	}

	@Test
	void invalidYamlNamesTheLineOfTheProblemInTheFile() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("broken.md", "---\ntitle: T\npermalink: /p/\ndescription: [oops\n---\n"))
			.satisfies((ex) -> {
				assertThat(ex.line()).isBetween(4, 5);
				assertThat(ex.problem()).startsWith("invalid YAML in front matter");
			});
	}

	@Test
	void unclosedFrontMatterIsAnError() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("open.md", "---\ntitle: T\npermalink: /p/\n"))
			.withMessageContaining("never closed");
	}

	@Test
	void aFileWithoutFrontMatterIsAnError() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("plain.md", "# Just Markdown\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(1));
	}

	@Test
	void theSiteAddressIsNotAPermalink() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("p.md", "---\ntitle: T\npermalink: /\n---\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void aPermalinkWithPathTricksIsRejectedOnItsLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> this.parser.parse("p.md", "---\ntitle: T\npermalink: /a/../b/\n---\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

}
