package sg.gov.tech.efforts.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.ITemplateEngine;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.seo.HeadTagsFactory;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.settings.SiteTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class PageRendererTests {

	private static final ContentSecurityPolicies POLICIES = new ContentSecurityPolicies();

	private static final PageResponseHeaders HEADERS = new PageResponseHeaders(new SiteProperties(), POLICIES);

	private final AtomicLong now = new AtomicLong(Instant.parse("2026-06-01T00:00:00Z").toEpochMilli());

	/** The site's clock, moved by the tests. */
	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return SiteTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the site's clock keeps Singapore time");
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(PageRendererTests.this.now.get());
		}

	};

	private final Site efforts = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	private final Site sample = new ContentLoader().load("classpath:fixtures/valid/");

	@Autowired
	private ITemplateEngine engine;

	@Autowired
	private HeadTagsFactory heads;

	@Test
	void rendersEveryPageAndSectionOfALoadedSiteThroughTheTemplates() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(this.sample);
		PageStore rendered = renderer.rendered(this.sample);
		// every route, and the site's brand stylesheet
		assertThat(rendered.paths()).hasSize(this.sample.routes().size() + 1).isNotEmpty();
		for (Route route : this.sample.routes()) {
			String html = new String(rendered.page(route.path()).orElseThrow().body(false), StandardCharsets.UTF_8);
			assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>").contains("class=\"masthead\"");
		}
		assertThat(new String(rendered.notFound().body(false), StandardCharsets.UTF_8)).contains("Page not found")
			.contains("Sample Page");
	}

	@Test
	void lastModifiedIsWhenThePagesOwnFileLastChangedToTheSecond() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(this.sample);
		for (Route route : this.sample.routes()) {
			assertThat(renderer.rendered(this.sample).page(route.path()).orElseThrow().lastModified())
				.isEqualTo(route.source().orElseThrow().lastModified().getEpochSecond() * 1000);
		}
	}

	@Test
	void aReloadSwapsThePagesAndAStaleSiteIsRenderedAgainRatherThanMixed() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(this.efforts);
		renderer.siteLoaded(this.sample);
		PageStore current = renderer.rendered(this.sample);
		assertThat(current.site()).isSameAs(this.sample);
		assertThat(renderer.rendered(this.sample)).isSameAs(current);
		// another listener rejected the sample site, so the efforts site is still served
		PageStore again = renderer.rendered(this.efforts);
		assertThat(again.site()).isSameAs(this.efforts);
		assertThat(again.page("/about-us/what-we-do/our-digital-government-efforts/")).isPresent();
		assertThat(renderer.rendered(this.efforts)).isSameAs(again);
	}

	@Test
	void theFirstSiteIsRenderedOnceTheWebLayerHasStartedOrWhenARequestComesFirst() {
		PageRenderer early = new PageRenderer(this.engine, this.heads, POLICIES, HEADERS, this.clock);
		early.siteLoaded(this.sample);
		PageStore onRequest = early.rendered(this.sample);
		assertThat(onRequest.site()).isSameAs(this.sample);
		early.webLayerStarted();
		assertThat(early.rendered(this.sample)).isNotSameAs(onRequest);
		assertThat(early.rendered(this.sample).site()).isSameAs(this.sample);
	}

	@Test
	void pagesAreRenderedAgainWhenTheCopyrightYearTurns() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(this.sample);
		PageStore before = renderer.rendered(this.sample);
		this.now.set(before.validUntil() - 1);
		assertThat(renderer.rendered(this.sample)).isSameAs(before);
		assertThat(Instant.ofEpochMilli(before.validUntil())).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
		this.now.set(before.validUntil());
		assertThat(renderer.rendered(this.sample)).isNotSameAs(before);
	}

	@Test
	void theFooterShowsTheYearItIsInSingaporeByTheRenderersClock() {
		// 00:30 on 1 January 2027 in Singapore, still 2026 in UTC
		this.now.set(Instant.parse("2026-12-31T16:30:00Z").toEpochMilli());
		PageRenderer renderer = renderer();
		renderer.siteLoaded(this.sample);
		RenderedPage page = renderer.rendered(this.sample).page(this.sample.routes().iterator().next().path()).orElseThrow();
		assertThat(new String(page.body(false), StandardCharsets.UTF_8)).contains("© 2027 ").doesNotContain("© 2026 ");
	}

	@Test
	void aReloadKeepsTheBytesOfEveryPageWhoseModelDidNotChangeAndRendersTheRest(@TempDir Path folder)
			throws IOException {
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /a/\n---\nFirst\n");
		Files.writeString(folder.resolve("b.md"), "---\ntitle: B\npermalink: /b/\n---\nOther\n");
		ContentLoader loader = new ContentLoader();
		Site first = loader.load(folder.toString());
		PageRenderer renderer = renderer();
		renderer.siteLoaded(first);
		RenderedPage a = renderer.rendered(first).page("/a/").orElseThrow();
		RenderedPage b = renderer.rendered(first).page("/b/").orElseThrow();
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /a/\n---\nSecond\n");
		Site second = loader.load(folder.toString());
		renderer.siteLoaded(second);
		assertThat(renderer.rendered(second).page("/b/").orElseThrow()).isSameAs(b);
		RenderedPage edited = renderer.rendered(second).page("/a/").orElseThrow();
		assertThat(edited).isNotSameAs(a);
		assertThat(new String(edited.body(false), StandardCharsets.UTF_8)).contains("Second");
	}

	@Test
	void renderedPagesAreKeptWithinTheBudgetLeastRecentlyUsedFirstOut() {
		PageRenderer renderer = new PageRenderer(this.engine, this.heads, POLICIES, HEADERS, this.clock, 60_000);
		renderer.webLayerStarted();
		renderer.siteLoaded(this.efforts);
		PageStore rendered = renderer.rendered(this.efforts);
		for (String path : rendered.paths()) {
			assertThat(rendered.page(path)).isPresent();
		}
		assertThat(rendered.renderedCount()).isGreaterThan(0).isLessThan(rendered.paths().size());
		String page = "/about-us/what-we-do/our-digital-government-efforts/";
		assertThat(rendered.page(page)).isPresent();
	}

	private PageRenderer renderer() {
		PageRenderer renderer = new PageRenderer(this.engine, this.heads, POLICIES, HEADERS, this.clock);
		renderer.webLayerStarted();
		return renderer;
	}

}
