package sg.gov.tech.efforts.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import sg.gov.tech.efforts.model.Link;

/** A schema.org {@code BreadcrumbList} as JSON-LD, escaped so no content can close the script element it sits in. */
final class BreadcrumbJsonLd {

	private BreadcrumbJsonLd() {
	}

	/**
	 * @param trail the breadcrumb's steps that have a page, from Home to the current page, with absolute URLs
	 * @return the JSON text
	 */
	static String of(List<Link> trail) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Link step : trail) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", items.size() + 1);
			item.put("name", step.title());
			item.put("item", step.url().text());
			items.add(item);
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@context", "https://schema.org");
		list.put("@type", "BreadcrumbList");
		list.put("itemListElement", items);
		return scriptSafe(JsonMapper.shared().writeValueAsString(list));
	}

	/**
	 * @param name the page's title
	 * @param url its absolute URL
	 * @param modified when its content last changed
	 * @return a schema.org {@code WebPage} with its {@code dateModified}
	 */
	static String webPage(String name, String url, Instant modified) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "WebPage");
		page.put("name", name);
		page.put("url", url);
		page.put("dateModified", modified.truncatedTo(ChronoUnit.SECONDS).toString());
		return scriptSafe(JsonMapper.shared().writeValueAsString(page));
	}

	/** Outside strings JSON has none of these characters; inside, the escapes mean the same text. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
