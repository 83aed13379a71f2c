package sg.gov.tech.efforts.body;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorNotesTests {

	private static final String SOURCE = "---\ntitle: T\npermalink: /t/\n---\nIntro text.\n\n"
			+ "<font color=\"red\"> Check these figures with Finance </font>\n\n"
			+ "<font color=\"blue\">Blue words</font>\n";

	@Test
	void notesAreHiddenFromThePublic() {
		Document page = render(false);
		assertThat(page.text()).doesNotContain("Check these figures").contains("Blue words");
		assertThat(page.select("font, mark")).isEmpty();
	}

	@Test
	void previewShowsEachNoteHighlightedUnderItsLabel() {
		Document page = render(true);
		assertThat(page.select("mark.editor-note")).singleElement()
			.satisfies((note) -> assertThat(note.text()).isEqualTo("Editor's note: Check these figures with Finance"));
		assertThat(page.select("font")).isEmpty();
		assertThat(page.text()).contains("Blue words");
	}

	private static Document render(boolean preview) {
		PageBody page = new TestBodies(List.of(), preview).parse("t.md", SOURCE);
		return Jsoup.parseBodyFragment(page.introHtml());
	}

}
