package sg.gov.tech.efforts.web;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.EffortsApplication;
import sg.gov.tech.efforts.model.ContentException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ContentFailureAnalyzerTests {

	@Test
	void badContentStopsStartupWithOneMessageNamingFileLineAndProblem() {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(EffortsApplication.class)
			.run("--site.content.location=classpath:fixtures/no-title/", "--spring.main.banner-mode=off",
					"--server.port=0", "--management.server.port=0"));
		// thrown as it is once the other beans exist, or inside a bean creation exception when one needs the content
		assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(ContentException.class);
		FailureAnalysis analysis = new ContentFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.isEqualTo("The site's content cannot be served: untitled.md, line 1: front matter has no 'title'");
		assertThat(analysis.getAction()).contains("untitled.md");
	}

}
