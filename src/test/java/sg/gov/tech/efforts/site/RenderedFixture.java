package sg.gov.tech.efforts.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.thymeleaf.ITemplateEngine;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.seo.HeadTagsFactory;
import sg.gov.tech.efforts.settings.SettingsConfiguration;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.settings.SiteTime;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/**
 * A site's pages rendered as the application renders them, without a web layer: Spring Boot's template engine with
 * the site's {@link RenderingConfiguration}, made once by an {@link ApplicationContextRunner}, and a
 * {@link PageRenderer} over it. Asset links keep their plain names here: content-hashed names need the web layer.
 */
final class RenderedFixture {

	private static final Templates TEMPLATES = Templates.configured();

	private final Site site;

	private final PageStore pages;

	private RenderedFixture(Site site) {
		this.site = site;
		PageRenderer renderer = renderer(Clock.system(SiteTime.ZONE), Long.MAX_VALUE);
		renderer.siteLoaded(site);
		this.pages = renderer.rendered(site);
	}

	/**
	 * @param location a content location, as {@code site.content.location} takes it
	 * @return the site loaded from there, its pages rendered when first asked for
	 */
	static RenderedFixture of(String location) {
		return new RenderedFixture(new ContentLoader().load(location));
	}

	/** @return the Isomer fixture, loaded and rendered once for every test class that reads it (none writes it) */
	static RenderedFixture isomerSite() {
		return IsomerSite.RENDERED;
	}

	/** A renderer as the application makes it, with the default settings and the given clock and memory budget. */
	static PageRenderer renderer(Clock clock, long budget) {
		ContentSecurityPolicies policies = new ContentSecurityPolicies();
		return new PageRenderer(TEMPLATES.engine(), TEMPLATES.heads(), policies,
				new PageResponseHeaders(new SiteProperties(), policies), clock, budget);
	}

	Site site() {
		return this.site;
	}

	PageStore pages() {
		return this.pages;
	}

	/** @return what is served at the path: a page, a section, a list or a stylesheet */
	RenderedPage rendered(String path) {
		return this.pages.page(path).orElseThrow(() -> new AssertionError("nothing rendered at " + path));
	}

	/** @return the page served at the path, parsed */
	Document page(String path) {
		return Jsoup.parse(text(path));
	}

	/** @return the bytes served at the path as text */
	String text(String path) {
		return new String(rendered(path).body(false), StandardCharsets.UTF_8);
	}

	/** @return the page an unknown path is answered with, parsed */
	Document notFound() {
		return Jsoup.parse(new String(this.pages.notFound().body(false), StandardCharsets.UTF_8));
	}

	/** Loaded on first use only, by the holder idiom. */
	private static final class IsomerSite {

		static final RenderedFixture RENDERED = of("classpath:fixtures/isomer-site/");

	}

	/** What the renderer takes from the application context, taken from the smallest one that makes them. */
	private record Templates(ITemplateEngine engine, HeadTagsFactory heads) {

		static Templates configured() {
			AtomicReference<Templates> made = new AtomicReference<>();
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class))
				.withUserConfiguration(SettingsConfiguration.class, RenderingConfiguration.class, PageRenderer.class,
						ContentSecurityPolicies.class, PageResponseHeaders.class, HeadTagsFactory.class)
				.run((context) -> made.set(
						new Templates(context.getBean(ITemplateEngine.class), context.getBean(HeadTagsFactory.class))));
			return made.get();
		}

	}

}
