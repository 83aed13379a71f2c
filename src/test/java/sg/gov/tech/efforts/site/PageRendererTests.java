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

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Route;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.settings.SiteTime;

import static org.assertj.core.api.Assertions.assertThat;

/** How the renderer keeps the served site's pages: when it renders them, what it keeps, what it renders again. */
class PageRendererTests {

	private static final Site EFFORTS = new ContentLoader().load(SiteProperties.Content.EMBEDDED);

	private static final Site SAMPLE = new ContentLoader().load("classpath:fixtures/valid/");

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

	@Test
	void everyRouteOfALoadedSiteIsRenderedThroughTheTemplates() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(SAMPLE);
		PageStore rendered = renderer.rendered(SAMPLE);
		// every route, and the site's brand stylesheet
		assertThat(rendered.paths()).hasSize(SAMPLE.routes().size() + 1).isNotEmpty();
		for (Route route : SAMPLE.routes()) {
			String html = new String(rendered.page(route.path()).orElseThrow().body(false), StandardCharsets.UTF_8);
			assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>").contains("class=\"masthead\"");
		}
	}

	@Test
	void theNotFoundPageIsRenderedWithTheSitesChrome() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(SAMPLE);
		assertThat(new String(renderer.rendered(SAMPLE).notFound().body(false), StandardCharsets.UTF_8))
			.contains("Page not found")
			.contains("Sample Page");
	}

	@Test
	void lastModifiedIsWhenThePagesOwnFileLastChangedToTheSecond() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(SAMPLE);
		for (Route route : SAMPLE.routes()) {
			assertThat(renderer.rendered(SAMPLE).page(route.path()).orElseThrow().lastModified())
				.isEqualTo(route.source().orElseThrow().lastModified().getEpochSecond() * 1000);
		}
	}

	@Test
	void aReloadSwapsInTheNewSitesPagesOnce() {
		PageRenderer renderer = reloadedFromEffortsToSample();
		PageStore current = renderer.rendered(SAMPLE);
		assertThat(current.site()).isSameAs(SAMPLE);
		assertThat(renderer.rendered(SAMPLE)).isSameAs(current);
	}

	@Test
	void aSiteStillServedAfterAReloadWasRejectedIsRenderedAgainRatherThanMixed() {
		PageRenderer renderer = reloadedFromEffortsToSample();
		// another listener rejected the sample site, so the efforts site is still served
		PageStore again = renderer.rendered(EFFORTS);
		assertThat(again.site()).isSameAs(EFFORTS);
		assertThat(again.page("/about-us/what-we-do/our-digital-government-efforts/")).isPresent();
		assertThat(renderer.rendered(EFFORTS)).isSameAs(again);
	}

	@Test
	void aRequestBeforeTheWebLayerHasStartedGetsTheFirstSiteRendered() {
		PageRenderer early = RenderedFixture.renderer(this.clock, Long.MAX_VALUE);
		early.siteLoaded(SAMPLE);
		assertThat(early.rendered(SAMPLE).site()).isSameAs(SAMPLE);
	}

	@Test
	void theFirstSiteIsRenderedAgainOnceTheWebLayerHasStarted() {
		PageRenderer early = RenderedFixture.renderer(this.clock, Long.MAX_VALUE);
		early.siteLoaded(SAMPLE);
		PageStore onRequest = early.rendered(SAMPLE);
		early.webLayerStarted();
		assertThat(early.rendered(SAMPLE)).isNotSameAs(onRequest);
		assertThat(early.rendered(SAMPLE).site()).isSameAs(SAMPLE);
	}

	@Test
	void pagesAreRenderedAgainWhenTheCopyrightYearTurns() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(SAMPLE);
		PageStore before = renderer.rendered(SAMPLE);
		this.now.set(before.validUntil() - 1);
		assertThat(renderer.rendered(SAMPLE)).isSameAs(before);
		assertThat(Instant.ofEpochMilli(before.validUntil())).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
		this.now.set(before.validUntil());
		assertThat(renderer.rendered(SAMPLE)).isNotSameAs(before);
	}

	@Test
	void theFooterShowsTheYearItIsInSingaporeByTheRenderersClock() {
		// 00:30 on 1 January 2027 in Singapore, still 2026 in UTC
		this.now.set(Instant.parse("2026-12-31T16:30:00Z").toEpochMilli());
		PageRenderer renderer = renderer();
		renderer.siteLoaded(SAMPLE);
		RenderedPage page = renderer.rendered(SAMPLE).page(SAMPLE.routes().iterator().next().path()).orElseThrow();
		assertThat(new String(page.body(false), StandardCharsets.UTF_8)).contains("© 2027 ").doesNotContain("© 2026 ");
	}

	@Test
	void aReloadKeepsTheBytesOfAPageWhoseModelDidNotChange(@TempDir Path folder) throws IOException {
		Reload reload = reloadAfterAnEditOfA(folder, "/b/");
		assertThat(reload.after()).isSameAs(reload.before());
	}

	@Test
	void aReloadRendersAnEditedPageAgain(@TempDir Path folder) throws IOException {
		Reload reload = reloadAfterAnEditOfA(folder, "/a/");
		assertThat(reload.after()).isNotSameAs(reload.before());
		assertThat(new String(reload.after().body(false), StandardCharsets.UTF_8)).contains("Second");
	}

	@Test
	void renderedPagesAreKeptWithinTheBudgetLeastRecentlyUsedFirstOut() {
		PageRenderer renderer = RenderedFixture.renderer(this.clock, 60_000);
		renderer.webLayerStarted();
		renderer.siteLoaded(EFFORTS);
		PageStore rendered = renderer.rendered(EFFORTS);
		for (String path : rendered.paths()) {
			assertThat(rendered.page(path)).isPresent();
		}
		assertThat(rendered.renderedCount()).isGreaterThan(0).isLessThan(rendered.paths().size());
		String page = "/about-us/what-we-do/our-digital-government-efforts/";
		assertThat(rendered.page(page)).isPresent();
	}

	/** Renders a site of pages a and b, then the same folder after an edit of a only. */
	private Reload reloadAfterAnEditOfA(Path folder, String path) throws IOException {
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /a/\n---\nFirst\n");
		Files.writeString(folder.resolve("b.md"), "---\ntitle: B\npermalink: /b/\n---\nOther\n");
		ContentLoader loader = new ContentLoader();
		Site first = loader.load(folder.toString());
		PageRenderer renderer = renderer();
		renderer.siteLoaded(first);
		RenderedPage before = renderer.rendered(first).page(path).orElseThrow();
		Files.writeString(folder.resolve("a.md"), "---\ntitle: A\npermalink: /a/\n---\nSecond\n");
		Site second = loader.load(folder.toString());
		renderer.siteLoaded(second);
		return new Reload(before, renderer.rendered(second).page(path).orElseThrow());
	}

	private PageRenderer reloadedFromEffortsToSample() {
		PageRenderer renderer = renderer();
		renderer.siteLoaded(EFFORTS);
		renderer.siteLoaded(SAMPLE);
		return renderer;
	}

	private PageRenderer renderer() {
		PageRenderer renderer = RenderedFixture.renderer(this.clock, Long.MAX_VALUE);
		renderer.webLayerStarted();
		return renderer;
	}

	private record Reload(RenderedPage before, RenderedPage after) {

	}

}
