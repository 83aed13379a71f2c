package sg.gov.tech.efforts.body;

import org.jsoup.nodes.Element;

/**
 * Accordions as editors build them, as native disclosure widgets that open without JavaScript and by keyboard: a CSS
 * trick of a checkbox, its label and the content after it becomes {@code <details>} with the label as its
 * {@code <summary>}; Isomer's {@code isomer-accordion} keeps its {@code details}, or becomes one.
 */
final class Accordions {

	private Accordions() {
	}

	static void rewrite(Element body) {
		for (Element box : body.select(Css.query("input[type=checkbox][id]"))) {
			Element label = box.nextElementSibling();
			Element content = (label != null) ? label.nextElementSibling() : null;
			if (label == null || !label.is(Css.query("label")) || !label.attr("for").equals(box.id()) || content == null) {
				continue;
			}
			Element details = new Element("details").addClass("accordion");
			details.appendElement("summary").html(label.html());
			box.before(details);
			details.appendChild(content.removeClass("accordion-content"));
			label.remove();
			box.remove();
		}
		for (Element accordion : body.select(Css.query(".isomer-accordion:not(details):not(:has(details))"))) {
			Element heading = accordion.selectFirst(Css.query(".isomer-accordion-summary, summary, h2, h3, h4, h5, h6"));
			Element details = new Element("details").addClass("accordion");
			details.appendElement("summary").html((heading != null) ? heading.html() : "More");
			if (heading != null) {
				heading.remove();
			}
			details.insertChildren(-1, accordion.childNodesCopy());
			accordion.replaceWith(details);
		}
		body.select(Css.query("details.isomer-accordion, details.isomer-details"))
			.forEach((details) -> details.addClass("accordion"));
	}

}
