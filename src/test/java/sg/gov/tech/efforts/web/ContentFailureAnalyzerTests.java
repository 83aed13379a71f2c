package sg.gov.tech.efforts.web;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.EffortsApplication;
import sg.gov.tech.efforts.model.ContentException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ContentFailureAnalyzerTests {

	@Test
	void badContentStopsStartupWithOneMessageNamingFileLineAndProblem() {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(EffortsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--site.content.location=classpath:fixtures/no-title/", "--spring.main.banner-mode=off"));
		assertThat(failure).hasRootCauseInstanceOf(ContentException.class);
		FailureAnalysis analysis = new ContentFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.isEqualTo("The site's content cannot be served: untitled.md, line 1: front matter has no 'title'");
		assertThat(analysis.getAction()).contains("untitled.md");
	}

}
