package sg.gov.tech.efforts.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.settings.SiteProperties.Http.PageCache;
import sg.gov.tech.efforts.settings.SiteProperties.Server.Protocol;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code site.*} keys and environment variables that docs/configuration.md, the deployments and the scripts name
 * bind where they always did, the defaults are the documented ones, and the one clock keeps Singapore time.
 */
class SettingsConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SettingsConfiguration.class);

	@Test
	void unsetSettingsTakeTheDocumentedDefaults() {
		this.runner.run((context) -> {
			SiteProperties properties = context.getBean(SiteProperties.class);
			assertThat(properties.getBaseUrl()).isEqualTo("http://localhost:8080");
			assertThat(properties.isIndexing()).isTrue();
			assertThat(properties.isPreview()).isFalse();
			assertThat(properties.getContent().getLocation()).isEqualTo("classpath:content/");
			assertThat(properties.getContent().isWatch()).isTrue();
			assertThat(properties.getContent().isStrict()).isFalse();
			assertThat(properties.getRender().getCacheSize()).isEqualTo(DataSize.ofMegabytes(32));
			assertThat(properties.getServer().getWriteBuffer()).isEqualTo(DataSize.ofKilobytes(32));
			assertThat(properties.getServer().getProtocol()).isEqualTo(Protocol.NIO2);
			assertThat(properties.getServer().isDirectBuffers()).isTrue();
			assertThat(properties.getImages().getCacheDir()).isNull();
			assertThat(properties.getImages().getThreads()).isEqualTo(1);
			assertThat(properties.getFeedback().getDirectory()).isEqualTo("./data");
			assertThat(properties.getFeedback().getRetryAfter()).isEqualTo(Duration.ofSeconds(15));
		});
	}

	@Test
	void unsetHttpSettingsTakeTheDocumentedDefaults() {
		this.runner.run((context) -> {
			SiteProperties.Http http = context.getBean(SiteProperties.class).getHttp();
			assertThat(http.getHstsMaxAge()).isEqualTo(Duration.ofDays(365));
			assertThat(http.isHstsIncludeSubdomains()).isTrue();
			assertThat(http.getFilesMaxAge()).isEqualTo(Duration.ofMinutes(10));
			assertThat(http.getPageCache()).isEqualTo(PageCache.SHARED);
			assertThat(http.getPageSharedMaxAge()).isEqualTo(Duration.ofMinutes(5));
			assertThat(http.getPageStaleWhileRevalidate()).isEqualTo(Duration.ofMinutes(1));
			assertThat(http.getPageStaleIfError()).isEqualTo(Duration.ofDays(1));
			assertThat(http.getCacheTagHeader()).isEqualTo("Cache-Tag");
			assertThat(http.isFastLane()).isTrue();
		});
	}

	@Test
	void topLevelKeysBindOutsideAnyGroup() {
		this.runner
			.withPropertyValues("site.base-url=https://www.tech.gov.sg/", "site.indexing=false", "site.preview=true")
			.run((context) -> {
				SiteProperties properties = context.getBean(SiteProperties.class);
				assertThat(properties.getBaseUrl()).isEqualTo("https://www.tech.gov.sg");
				assertThat(properties.isIndexing()).isFalse();
				assertThat(properties.isPreview()).isTrue();
			});
	}

	@Test
	void eachGroupBindsUnderItsOwnPrefix() {
		this.runner
			.withPropertyValues("site.content.location=/srv/content/", "site.http.fast-lane=false",
					"site.http.page-cache=no-cache", "site.render.cache-size=8MB", "site.server.protocol=nio",
					"site.images.cache-dir=/var/cache/images", "site.feedback.submissions-per-minute=1000")
			.run((context) -> {
				SiteProperties properties = context.getBean(SiteProperties.class);
				assertThat(properties.getContent().getLocation()).isEqualTo("/srv/content/");
				assertThat(properties.getHttp().isFastLane()).isFalse();
				assertThat(properties.getHttp().getPageCache()).isEqualTo(PageCache.NO_CACHE);
				assertThat(properties.getRender().getCacheSize()).isEqualTo(DataSize.ofMegabytes(8));
				assertThat(properties.getServer().getProtocol()).isEqualTo(Protocol.NIO);
				assertThat(properties.getImages().getCacheDir()).isEqualTo(Path.of("/var/cache/images"));
				assertThat(properties.getFeedback().getSubmissionsPerMinute()).isEqualTo(1000);
			});
	}

	@Test
	void documentedEnvironmentVariablesBind() {
		Map<String, Object> environment = Map.of("SITE_BASE_URL", "https://staging.example.gov.sg", "SITE_PREVIEW",
				"true", "SITE_CONTENT_LOCATION", "/content", "SITE_HTTP_PAGESHAREDMAXAGE", "30s",
				"SITE_SERVER_DIRECT_BUFFERS", "false", "SITE_RENDER_CACHE_SIZE", "1MB", "SITE_IMAGES_CACHE_DIR",
				"/cache", "SITE_FEEDBACK_DIRECTORY", "/data");
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								environment)))
			.run((context) -> {
				SiteProperties properties = context.getBean(SiteProperties.class);
				assertThat(properties.getBaseUrl()).isEqualTo("https://staging.example.gov.sg");
				assertThat(properties.isPreview()).isTrue();
				assertThat(properties.getContent().getLocation()).isEqualTo("/content");
				assertThat(properties.getHttp().getPageSharedMaxAge()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.getServer().isDirectBuffers()).isFalse();
				assertThat(properties.getRender().getCacheSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(properties.getImages().getCacheDir()).isEqualTo(Path.of("/cache"));
				assertThat(properties.getFeedback().getDirectory()).isEqualTo("/data");
			});
	}

	@Test
	void badBaseUrlStopsStartupNamingTheKey() {
		this.runner.withPropertyValues("site.base-url=ftp://tech.gov.sg")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("site.base-url must be an http(s) address"));
	}

	@Test
	void noImageThreadsStopsStartupNamingTheKey() {
		this.runner.withPropertyValues("site.images.threads=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("site.images.threads must be at least 1"));
	}

	@Test
	void theClockKeepsSingaporeTime() {
		this.runner.run((context) -> assertThat(context.getBean(Clock.class).getZone())
			.isEqualTo(ZoneId.of("Asia/Singapore")));
	}

	@Test
	void contentGroupBindsAloneBeforeAnyBeanExists() {
		// EarlyContentLoad binds just this group from the environment, as soon as it is prepared
		this.runner.withPropertyValues("site.content.location=/srv/content/", "site.content.strict=true")
			.run((context) -> {
				SiteProperties.Content content = Binder.get(context.getEnvironment())
					.bindOrCreate("site.content", SiteProperties.Content.class);
				assertThat(content.getLocation()).isEqualTo("/srv/content/");
				assertThat(content.isStrict()).isTrue();
				assertThat(content.isWatch()).isTrue();
			});
	}

}
