package sg.gov.tech.efforts.body;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Accordions as editors build them, as native disclosure widgets that open without JavaScript and by keyboard: a CSS
 * trick of a checkbox, its label and the content after it becomes {@code <details>} with the label as its
 * {@code <summary>}; Isomer's {@code isomer-accordion} keeps its {@code details}, or becomes one.
 */
final class Accordions {

	private static final Evaluator ACCORDIONS = Css.query("details.isomer-accordion, details.isomer-details");

	private static final Evaluator ACCORDIONS_TO_MAKE = Css
		.query(".isomer-accordion:not(details):not(:has(details))");

	private static final Evaluator ACCORDION_SUMMARIES = Css
		.query(".isomer-accordion-summary, summary, h2, h3, h4, h5, h6");

	private static final Evaluator CHECKBOXES = Css.query("input[type=checkbox][id]");

	private static final Evaluator LABELS = Css.query("label");

	private Accordions() {
	}

	static void rewrite(Element body) {
		for (Element box : body.select(CHECKBOXES)) {
			Element label = box.nextElementSibling();
			Element content = (label != null) ? label.nextElementSibling() : null;
			if (label == null || !label.is(LABELS) || !label.attr("for").equals(box.id()) || content == null) {
				continue;
			}
			Element details = new Element("details").addClass("accordion");
			details.appendElement("summary").html(label.html());
			box.before(details);
			details.appendChild(content.removeClass("accordion-content"));
			label.remove();
			box.remove();
		}
		for (Element accordion : body.select(ACCORDIONS_TO_MAKE)) {
			Element heading = accordion.selectFirst(ACCORDION_SUMMARIES);
			Element details = new Element("details").addClass("accordion");
			details.appendElement("summary").html((heading != null) ? heading.html() : "More");
			if (heading != null) {
				heading.remove();
			}
			details.insertChildren(-1, accordion.childNodesCopy());
			accordion.replaceWith(details);
		}
		body.select(ACCORDIONS)
			.forEach((details) -> details.addClass("accordion"));
	}

}
