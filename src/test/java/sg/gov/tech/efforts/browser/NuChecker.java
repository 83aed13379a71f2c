package sg.gov.tech.efforts.browser;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The Nu Html Checker, in this JVM: what it finds in a page or a stylesheet. */
final class NuChecker {

	/** The checker's own schema for HTML, as its command line uses; it ships inside the validator jar. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private NuChecker() {
	}

	static Findings html(String html) throws Exception {
		Findings findings = new Findings();
		validator(findings).checkHtmlInputSource(new InputSource(new StringReader(html)));
		return findings;
	}

	static Findings css(String css) throws Exception {
		Findings findings = new Findings();
		// a byte stream: the checker puts the stylesheet inside an HTML <style> by prefixing bytes
		InputSource source = new InputSource(new ByteArrayInputStream(css.getBytes(UTF_8)));
		source.setEncoding(UTF_8.name());
		validator(findings).checkCssInputSource(source);
		return findings;
	}

	private static SimpleDocumentValidator validator(Findings findings) throws Exception {
		SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(HTML_SCHEMA, findings);
		validator.setUpValidatorAndParsers(findings, true, false);
		validator.setAllowCss(true);
		return validator;
	}

	/** What the checker reported: errors (fatal ones too) and warnings, each with its line and column. */
	static final class Findings implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		final List<String> warnings = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
			this.warnings.add(describe(exception));
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
