package sg.gov.tech.efforts.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Section;
import sg.gov.tech.efforts.model.Site;

/**
 * What the rendered content needs the Content-Security-Policy to allow: the external hosts of its images and frames,
 * and the exact hashes of its inline styles, so nothing else is allowed.
 *
 * @param imageSources origins (or {@code data:}) of images, poster frames and CSS {@code url()}s in inline styles
 * @param frameSources origins of embedded frames
 * @param styleAttributeHashes {@code 'sha256-…'} of every distinct {@code style} attribute value
 * @param styleElementHashes {@code 'sha256-…'} of every distinct {@code <style>} element
 */
record ContentSources(Set<String> imageSources, Set<String> frameSources, Set<String> styleAttributeHashes,
		Set<String> styleElementHashes) {

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)",
			Pattern.CASE_INSENSITIVE);

	static ContentSources of(Site site) {
		return of(site.pages().stream().flatMap(ContentSources::fragments));
	}

	/**
	 * What some HTML needs allowed.
	 * @param html fragments of HTML as served
	 * @return their sources and hashes
	 */
	static ContentSources of(Stream<String> html) {
		ContentSources found = new ContentSources(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
		html.map(Jsoup::parseBodyFragment).forEach(found::add);
		return new ContentSources(Set.copyOf(found.imageSources), Set.copyOf(found.frameSources),
				Set.copyOf(found.styleAttributeHashes), Set.copyOf(found.styleElementHashes));
	}

	/** Every piece of HTML a page or one of its sections is served with. */
	private static Stream<String> fragments(Page page) {
		return Stream.concat(Stream.of(page.introHtml()),
				page.sections().stream().flatMap((Section section) -> Stream.of(section.html(), section.embeddedHtml())));
	}

	private void add(Document html) {
		for (Element element : html.select("img[src], input[type=image][src]")) {
			addOrigin(this.imageSources, element.attr("src"));
		}
		for (Element element : html.select("img[srcset], source[srcset]")) {
			for (String candidate : element.attr("srcset").split(",")) {
				addOrigin(this.imageSources, candidate.trim().split("\\s+")[0]);
			}
		}
		html.select("video[poster]").forEach((video) -> addOrigin(this.imageSources, video.attr("poster")));
		html.select("iframe[src]").forEach((frame) -> addOrigin(this.frameSources, frame.attr("src")));
		for (Element element : html.select("[style]")) {
			String style = element.attr("style");
			this.styleAttributeHashes.add(sha256(style));
			Matcher url = CSS_URL.matcher(style);
			while (url.find()) {
				addOrigin(this.imageSources, url.group(1).trim());
			}
		}
		html.select("style").forEach((style) -> this.styleElementHashes.add(sha256(style.data())));
	}

	/** Adds the origin of an absolute URL; relative URLs are the site's own and need nothing. */
	private static void addOrigin(Set<String> sources, String url) {
		String trimmed = url.trim();
		if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
			sources.add("data:");
			return;
		}
		try {
			URI uri = new URI(trimmed.startsWith("//") ? "https:" + trimmed : trimmed);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
				String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
				sources.add(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
			}
		}
		catch (URISyntaxException ex) {
			// a URL the browser cannot parse loads nothing, so it needs no source
		}
	}

	/** The CSP hash source of a script or style: base64 of the SHA-256 of its UTF-8 text. */
	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
