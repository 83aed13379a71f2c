package sg.gov.tech.efforts.isomer;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import sg.gov.tech.efforts.model.Post;
import sg.gov.tech.efforts.settings.SiteTime;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * What a content file's front matter says, read before any body is rendered, so every page's Liquid can see every
 * other page ({@code site.pages}, {@code site.posts}, collections).
 *
 * @param source the file, classified
 * @param fields its front matter, over {@code _config.yml}'s defaults
 * @param yaml its front matter block, for the lines of problems
 * @param url the URL Jekyll gives it
 * @param title its title
 * @param date its date: a post's, or the front matter's; {@code null} for none
 * @param body the text after the front matter
 * @param bodyFirstLine the line of the file the body starts on
 * @param post the resource room entry it is, for a post
 */
record FileHead(JekyllFiles.Source source, Map<String, Object> fields, YamlBlock yaml, String url, String title,
		LocalDate date, String body, int bodyFirstLine, Optional<Post> post) {

	String layoutName() {
		return Yaml.text(this.fields, "layout");
	}

	/** @return the Liquid {@code page} variable: its front matter, its URL and where it comes from */
	Map<String, Object> liquid() {
		Map<String, Object> page = new LinkedHashMap<>(this.fields);
		page.put("title", this.title);
		page.put("url", this.url);
		page.put("path", this.source.name());
		page.put("name", this.source.name().substring(this.source.name().lastIndexOf('/') + 1));
		if (!this.source.collection().isEmpty()) {
			page.put("collection", this.source.collection());
		}
		if (this.date != null) {
			page.put("date", Date.from(this.date.atStartOfDay(SiteTime.ZONE)
				.toInstant()));
		}
		if (!this.source.categories().isEmpty()) {
			page.put("categories", this.source.categories());
		}
		return page;
	}

}
