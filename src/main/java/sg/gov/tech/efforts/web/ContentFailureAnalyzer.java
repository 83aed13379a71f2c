package sg.gov.tech.efforts.web;

import sg.gov.tech.efforts.model.ContentException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a content error at startup into one clear message naming the file, the line and the problem. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis(
				"The site's content cannot be served: " + cause.file() + ", line " + cause.line() + ": "
						+ cause.problem(),
				"Fix that line of " + cause.file() + " (or point site.content.location at good content) and start again.",
				cause);
	}

}
