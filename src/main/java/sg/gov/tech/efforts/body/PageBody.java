package sg.gov.tech.efforts.body;

import java.util.List;

import sg.gov.tech.efforts.model.PageNeeds;
import sg.gov.tech.efforts.model.Section;

/**
 * A page body rendered to safe HTML, split at its {@code ###} headings.
 *
 * @param introHtml the body before the first section; the whole body when sections are not pages of their own
 * @param sections the sections, with their content when they are pages of their own (else only their headings)
 * @param openingText the body's opening text, the page's description when the editor gave none
 * @param text the words of the body before its first section (the whole body when sections are not pages)
 * @param links the body's ids and local links, checked once every page is known
 * @param needs what the body needs from the browser: its stylesheet, the hosts of its frames and forms
 */
public record PageBody(String introHtml, List<Section> sections, String openingText, String text, PageLinks links,
		PageNeeds needs) {

	public PageBody {
		sections = List.copyOf(sections);
	}

}
