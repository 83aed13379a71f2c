package sg.gov.tech.efforts.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.thymeleaf.ITemplateEngine;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.search.SearchHit;
import sg.gov.tech.efforts.search.SearchIndex;
import sg.gov.tech.efforts.search.SearchQuery;
import sg.gov.tech.efforts.search.SearchResults;
import sg.gov.tech.efforts.seo.HeadTagsFactory;
import sg.gov.tech.efforts.seo.Sitemaps;
import sg.gov.tech.efforts.settings.SiteProperties;
import sg.gov.tech.efforts.settings.SiteTime;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Everything one loaded site gives visitors and crawlers, as plain values to compare: each page's headers and bytes
 * (the 404 page's too), what some searches find, the sitemap, and the problems the load reported.
 *
 * @param pages every canonical path (and {@link #NOT_FOUND}) with its headers and HTML
 * @param searches each query with what it found
 * @param sitemap the sitemap XML
 * @param errors the load's errors
 * @param warnings the load's warnings
 */
record ServedSite(Map<String, String> pages, Map<String, SearchResults> searches, String sitemap,
		List<ContentProblem> errors, List<ContentProblem> warnings) {

	/** The key of the 404 page, which no canonical path can be. */
	static final String NOT_FOUND = "(404 page)";

	static ServedSite of(Site site, PageStore rendered, SearchIndex index, List<String> queries, String sitemap) {
		Map<String, String> pages = new TreeMap<>();
		for (String path : rendered.paths()) {
			pages.put(path, describe(rendered.page(path).orElseThrow()));
		}
		pages.put(NOT_FOUND, describe(rendered.notFound()));
		Map<String, SearchResults> searches = new LinkedHashMap<>();
		queries.forEach((query) -> searches.put(query, index.search(SearchQuery.of(query))));
		return new ServedSite(pages, searches, sitemap, site.errors(), site.warnings());
	}

	/** Everything a response carries: what the fast lane and the servlet path both send, and the bytes. */
	private static String describe(RenderedPage page) {
		StringBuilder text = new StringBuilder();
		page.headers().forEach((header) -> text.append(header).append('\n'));
		text.append(page.contentType()).append('\n');
		if (page.dated()) {
			text.append(page.lastModifiedHeader()).append('\n');
		}
		text.append(page.etag(false)).append(", gzip ").append(page.etag(true)).append("\n\n");
		return text.append(new String(page.body(false), StandardCharsets.UTF_8)).toString();
	}

	/** The same site but for the problems of files that {@code ignored} accepts, such as a file kept at its last good version. */
	ServedSite withoutProblemsOf(Predicate<String> ignored) {
		return new ServedSite(this.pages, this.searches, this.sitemap,
				this.errors.stream().filter((problem) -> !ignored.test(problem.file())).toList(),
				this.warnings.stream().filter((problem) -> !ignored.test(problem.file())).toList());
	}

	/**
	 * Fails, naming the first difference and showing both versions around it, unless this serves exactly what
	 * {@code expected} does.
	 * @param expected what should be served
	 * @param context what to say about how this came to be (a seed, the edits made), for a failure message
	 */
	void assertSameAs(ServedSite expected, String context) {
		assertThat(this.pages.keySet()).as("the pages served, after %s", context).isEqualTo(expected.pages.keySet());
		for (Map.Entry<String, String> page : expected.pages.entrySet()) {
			String actual = this.pages.get(page.getKey());
			if (!actual.equals(page.getValue())) {
				fail("%s differs from a full load, after %s%n%s", page.getKey(), context,
						firstDifference(actual, page.getValue()));
			}
		}
		for (Map.Entry<String, SearchResults> search : expected.searches.entrySet()) {
			SearchResults found = this.searches.get(search.getKey());
			// the order first, for a message that can be read; then the titles and snippets too
			assertThat(found.hits()).as("the hits of a search for '%s', after %s", search.getKey(), context)
				.extracting(SearchHit::url)
				.containsExactlyElementsOf(search.getValue().hits().stream().map(SearchHit::url).toList());
			assertThat(found).as("a search for '%s', after %s", search.getKey(), context).isEqualTo(search.getValue());
		}
		if (!this.sitemap.equals(expected.sitemap)) {
			fail("the sitemap differs from a full load, after %s%n%s", context,
					firstDifference(this.sitemap, expected.sitemap));
		}
		assertThat(this.errors).as("the errors, after %s", context).isEqualTo(expected.errors);
		assertThat(this.warnings).as("the warnings, after %s", context).isEqualTo(expected.warnings);
	}

	private static String firstDifference(String actual, String expected) {
		int at = 0;
		while (at < actual.length() && at < expected.length() && actual.charAt(at) == expected.charAt(at)) {
			at++;
		}
		return "first difference at character " + at + "\n  served:    ..." + around(actual, at)
				+ "...\n  full load: ..." + around(expected, at) + "...";
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150)).replace("\n", "\\n");
	}

	/**
	 * What the running application serves now, and what a full load of a folder serves: a new loader, renderer,
	 * search index and sitemap that have seen nothing before, the reference an incremental reload must match.
	 */
	@TestComponent
	static final class Sources {

		private final CurrentSite content;

		private final PageRenderer renderer;

		private final SearchIndex index;

		private final MockMvc mvc;

		private final ITemplateEngine engine;

		private final HeadTagsFactory heads;

		private final SiteProperties properties;

		Sources(CurrentSite content, PageRenderer renderer, SearchIndex index, MockMvc mvc, ITemplateEngine engine,
				HeadTagsFactory heads, SiteProperties properties) {
			this.content = content;
			this.renderer = renderer;
			this.index = index;
			this.mvc = mvc;
			this.engine = engine;
			this.heads = heads;
			this.properties = properties;
		}

		/** Reloads the content as the watcher does on a change, failing when the reload is rejected. */
		void reload() {
			assertThat(this.content.reload()).as("the reload is accepted").isTrue();
		}

		/** @return what the running application serves, the sitemap asked for as crawlers do */
		ServedSite served(List<String> queries) {
			Site site = this.content.site();
			try {
				String sitemap = this.mvc.perform(get("/sitemap.xml"))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				return of(site, this.renderer.rendered(site), this.index, queries, sitemap);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** @return what an application started on the folder now would serve */
		ServedSite fullLoad(Path folder, List<String> queries) {
			Site site = new ContentLoader(this.properties.isPreview(), false).load(folder.toString());
			ContentSecurityPolicies policies = new ContentSecurityPolicies();
			policies.siteLoaded(site);
			// never told the web layer started: it renders on demand, with no warm-up thread left behind
			PageRenderer fresh = new PageRenderer(this.engine, this.heads, policies,
					new PageResponseHeaders(this.properties, policies), Clock.system(SiteTime.ZONE), Long.MAX_VALUE);
			fresh.siteLoaded(site);
			SearchIndex index = new SearchIndex();
			index.siteLoaded(site);
			return of(site, fresh.rendered(site), index, queries, Sitemaps.of(site, this.properties));
		}

	}

}
