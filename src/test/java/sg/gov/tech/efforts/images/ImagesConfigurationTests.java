package sg.gov.tech.efforts.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import sg.gov.tech.efforts.body.ImageVariants;
import sg.gov.tech.efforts.settings.SettingsConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** The copies of the content's images: where they are answered, how long they are cached, and where they are kept. */
@ExtendWith(OutputCaptureExtension.class)
class ImagesConfigurationTests {

	@TempDir
	Path folder;

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
		.withUserConfiguration(SettingsConfiguration.class, ContentImages.class, ImagesConfiguration.class);

	@Test
	void copiesAreAnsweredUnderTheirOwnPrefix() {
		this.runner.run((context) -> assertThat(copies(context)).isNotNull());
	}

	@Test
	void copiesAreCachedForAYearAsImmutable() {
		this.runner.run((context) -> assertThat(copies(context).getCacheControl().getHeaderValue())
			.isEqualTo("max-age=31536000, public, immutable"));
	}

	@Test
	void aNamedCacheFolderIsMadeAtStartup() {
		Path cache = this.folder.resolve("image-copies");
		this.runner.withPropertyValues("site.images.cache-dir=" + cache)
			.run((context) -> assertThat(cache).isDirectory());
	}

	@Test
	void anUnwritableCacheFolderKeepsCopiesInMemoryWithAWarning(CapturedOutput output) throws IOException {
		Path file = Files.writeString(this.folder.resolve("not-a-folder"), "");
		this.runner.withPropertyValues("site.images.cache-dir=" + file.resolve("copies"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("Image copies are kept in memory only: the folder " + file.resolve("copies"));
			});
	}

	/** The handler Spring MVC's resource handler mapping has for the copies' addresses. */
	private static ResourceHttpRequestHandler copies(AssertableWebApplicationContext context) {
		SimpleUrlHandlerMapping resources = context.getBean("resourceHandlerMapping", SimpleUrlHandlerMapping.class);
		return (ResourceHttpRequestHandler) resources.getUrlMap().get(ImageVariants.PREFIX + "**");
	}

}
