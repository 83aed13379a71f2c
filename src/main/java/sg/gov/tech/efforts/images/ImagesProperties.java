package sg.gov.tech.efforts.images;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the smaller copies of the site's images are made and kept. Which copies pages offer is fixed (widths 320 to
 * 1920, never wider than the file; WebP beside the file's own format; none of images over 40 megapixels or 30 MB).
 *
 * @param cacheDir a folder that keeps the copies across restarts (several replicas may share one); none by default,
 * so copies are kept in memory only and made again after a restart; env {@code SITE_IMAGES_CACHE_DIR}
 * @param cacheDirSize the most bytes of copies that folder holds; the least recently used go first
 * @param memorySize the most bytes of copies kept in memory; the least recently used go first
 * @param threads how many copies are made at once; each takes a core and up to about 60 MB of memory while it runs
 * @param queue how many more requests for copies may wait for a thread; beyond that, and after
 * {@code max-wait}, a request gets the original image instead (not cached), so a burst never piles up
 * @param maxWait how long a request waits for its copy to be made
 * @param webpQuality the quality of WebP copies, 0 to 1 (pictures of few colours are written without loss)
 * @param jpegQuality the quality of JPEG copies, 0 to 1
 */
@ConfigurationProperties("site.images")
public record ImagesProperties(Path cacheDir, @DefaultValue("512MB") DataSize cacheDirSize,
		@DefaultValue("32MB") DataSize memorySize, @DefaultValue("1") int threads, @DefaultValue("32") int queue,
		@DefaultValue("10s") Duration maxWait, @DefaultValue("0.8") float webpQuality,
		@DefaultValue("0.82") float jpegQuality) {

	public ImagesProperties {
		if (threads < 1 || queue < 0) {
			throw new IllegalArgumentException("site.images.threads must be at least 1 and queue at least 0");
		}
		if (webpQuality <= 0 || webpQuality > 1 || jpegQuality <= 0 || jpegQuality > 1) {
			throw new IllegalArgumentException("site.images.webp-quality and jpeg-quality must be above 0, at most 1");
		}
	}

	/** @return what the encoder's settings make of a copy, part of every cached copy's name */
	String encoding() {
		return "q" + Math.round(this.webpQuality * 100) + "j" + Math.round(this.jpegQuality * 100);
	}

}
