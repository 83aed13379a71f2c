package sg.gov.tech.efforts.body;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Forms in content, before the allowlist sees them: one that posts over https to a listed host keeps working (its
 * inputs keep their labels, or get their placeholder or name as one); any other becomes a link to where it would
 * have sent visitors, with a warning.
 */
final class Forms {

	private static final Evaluator FIELDS = Css.query("input:not([type=hidden]):not([type=submit]), select, textarea");

	private static final Evaluator FORMS = Css.query("form");

	private static final Evaluator LABELS = Css.query("label");

	private static final Evaluator LABELS_WITH_FOR = Css.query("label[for]");

	private Forms() {
	}

	/** @return the origins forms are kept posting to, for the page's Content-Security-Policy */
	static Set<String> rewrite(String file, SourceLines lines, Element body, EmbedPolicy policy,
			ValidationReport report) {
		Set<String> origins = new LinkedHashSet<>();
		for (Element form : body.select(FORMS)) {
			String action = form.attr("action").strip();
			Optional<String> host = policy.formHost(action);
			if (host.isEmpty()) {
				report.warn(file, lines.lineOf(form), "a form that sends to " + (action.isEmpty() ? "this site"
						: action) + " cannot work here (only https forms to site.embeds.form-hosts do): it is shown "
						+ "as a link");
				Element link = new Element("p");
				if (action.startsWith("https://")) {
					link.appendElement("a").attr("href", action).text("Open the form");
				}
				else {
					link.text("This form is not available here.");
				}
				form.replaceWith(link);
				continue;
			}
			origins.add("https://" + EmbedPolicy.hostOf(action).orElseThrow());
			label(form);
		}
		return origins;
	}

	/** Every input a visitor fills in has a name screen readers read out. */
	private static void label(Element form) {
		int unnamed = 0;
		for (Element field : form.select(FIELDS)) {
			String id = field.id();
			boolean labelled = (!id.isEmpty()
					&& form.select(LABELS_WITH_FOR).stream().anyMatch((label) -> label.attr("for").equals(id)))
					|| field.parents().stream().anyMatch((parent) -> parent.is(LABELS)) || field.hasAttr("aria-label");
			if (labelled) {
				continue;
			}
			String name = !field.attr("placeholder").isBlank() ? field.attr("placeholder")
					: !field.attr("name").isBlank() ? field.attr("name") : "Field " + (++unnamed);
			field.attr("aria-label", name);
		}
	}

}
