package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import sg.gov.tech.efforts.body.LiquidRenderer;
import sg.gov.tech.efforts.source.FileCache;

/**
 * The Liquid {@code site} variable of an Isomer repository, as Jekyll builds it: every {@code _config.yml} value,
 * {@code site.data}, and the lists of pages, posts (newest first) and each collection's documents, made from every
 * file's front matter before any body is rendered.
 *
 * @param variables the {@code site} variable
 * @param collections the collections' names, which pages may read as {@code site.NAME}
 * @param digest what the lists hold, so a page that reads them is rendered again when any front matter changes
 */
record LiquidSite(Map<String, Object> variables, Set<String> collections, String digest) {

	private static final Set<String> LISTS = Set.of("pages", "posts", "documents", "collections", "categories",
			"tags", "html_pages");

	static LiquidSite of(JekyllConfig config, String configText, SiteData data, List<FileHead> heads,
			Set<String> collections) {
		Map<String, Object> site = new LinkedHashMap<>();
		Object raw = new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(configText);
		if (raw instanceof Map<?, ?> settings) {
			settings.forEach((key, value) -> site.put(String.valueOf(key), value));
		}
		site.putIfAbsent("baseurl", "");
		site.put("data", data.values());
		site.put("time", new Date());
		List<Map<String, Object>> pages = new ArrayList<>();
		List<Map<String, Object>> posts = new ArrayList<>();
		List<Map<String, Object>> documents = new ArrayList<>();
		Map<String, List<Map<String, Object>>> byCollection = new LinkedHashMap<>();
		collections.forEach((name) -> byCollection.put(name, new ArrayList<>()));
		StringBuilder digest = new StringBuilder();
		for (FileHead head : heads) {
			Map<String, Object> page = head.liquid();
			digest.append(head.source().name()).append('\n').append(page).append('\n');
			switch (head.source().kind()) {
				case POST -> posts.add(page);
				case DOCUMENT -> {
					documents.add(page);
					byCollection.computeIfAbsent(head.source().collection(), (name) -> new ArrayList<>()).add(page);
				}
				default -> pages.add(page);
			}
		}
		posts.sort(Comparator.comparing((Map<String, Object> post) -> String.valueOf(post.get("date"))).reversed());
		site.put("pages", pages);
		site.put("html_pages", pages);
		site.put("posts", posts);
		site.put("documents", documents);
		List<Map<String, Object>> labelled = new ArrayList<>();
		byCollection.forEach((name, docs) -> {
			site.put(name, docs);
			labelled.add(Map.of("label", name, "docs", docs));
		});
		site.put("collections", labelled);
		return new LiquidSite(site, Set.copyOf(byCollection.keySet()),
				FileCache.digestOf(digest::toString));
	}

	/** @return whether a body's Liquid reads the lists of pages, posts or documents */
	boolean readsListings(String body) {
		if (!LiquidRenderer.hasLiquid(body)) {
			return false;
		}
		return LiquidRenderer.siteLists(body).stream().anyMatch((name) -> LISTS.contains(name)
				|| this.collections.contains(name));
	}

}
