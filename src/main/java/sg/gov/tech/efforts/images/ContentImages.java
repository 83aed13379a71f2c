package sg.gov.tech.efforts.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import sg.gov.tech.efforts.body.ImageSizes;
import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.ImageFile;
import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.ResourceUtils;

/**
 * The served site's own raster images, as the copies and the originals need them: what the site knows of each file,
 * the file itself, and the file without its metadata (or as it is, with a warning naming it, when it cannot be).
 */
@Component
public class ContentImages {

	private static final Log logger = LogFactory.getLog(ContentImages.class);

	private static final int WARNINGS = 10_000;

	/** Looked up when first needed: the content's listeners include configurations that need this. */
	private final ObjectProvider<CurrentSite> content;

	/** The content folder; {@code null} for content built into the application. */
	private final Path folder;

	private final String classpathRoot;

	/** Files already warned about, by path and version, so a warning is logged once. */
	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	ContentImages(ObjectProvider<CurrentSite> content, SiteProperties properties) throws IOException {
		this.content = content;
		String root = ContentLoader.rootOf(properties.getContent().getLocation());
		if (root.startsWith(ResourceUtils.FILE_URL_PREFIX)) {
			this.folder = ResourceUtils.getFile(root).toPath().toAbsolutePath().normalize();
			this.classpathRoot = null;
		}
		else {
			this.folder = null;
			this.classpathRoot = root.substring(ResourceUtils.CLASSPATH_URL_PREFIX.length());
		}
	}

	Site site() {
		return this.content.getObject().site();
	}

	/**
	 * @param path a site path, decoded, such as {@code /images/a b.png}
	 * @return what the site knows of the file, when it is one visitors may fetch
	 */
	Optional<ImageFile> find(Site site, String path) {
		return site.hasFile(path) ? site.images().find(path) : Optional.empty();
	}

	/** @return the file at a site path the site lists */
	Resource file(String path) {
		String relative = path.substring(1);
		return (this.folder != null) ? new FileSystemResource(this.folder.resolve(relative))
				: new ClassPathResource(this.classpathRoot + relative);
	}

	/**
	 * The file as visitors get it: a JPEG or PNG without its metadata; as it is when it is too large, not what its
	 * name says or cannot be read, with a warning naming it.
	 * @param file the resolved file
	 * @param path its site path
	 * @param headers response headers of its own, for the copy without metadata
	 * @return what to serve
	 */
	public Resource withoutMetadata(Resource file, String path, HttpHeaders headers) {
		Optional<String> format = ImageSizes.formatOf(path);
		if (format.isEmpty() || !OriginalImage.strips(format.get())) {
			return file;
		}
		Optional<ImageFile> image = find(site(), path);
		if (image.isEmpty()) {
			return file;
		}
		if (!image.get().problem().isEmpty()) {
			warnOnce(image.get(), "The image " + path + " " + image.get().problem()
					+ ": it is served as it is, metadata and all");
			return file;
		}
		try {
			return OriginalImage.of(file, format.get(), headers);
		}
		catch (IOException ex) {
			warnOnce(image.get(), "The image " + path + " cannot be read (" + ex.getMessage()
					+ "): it is served as it is, metadata and all");
			return file;
		}
	}

	/** Logs a warning about a file once for each of its versions. */
	void warnOnce(ImageFile image, String message) {
		if (this.warned.size() > WARNINGS) {
			this.warned.clear();
		}
		if (this.warned.add(image.path() + "@" + image.version() + "@" + image.problem())) {
			logger.warn(message);
		}
	}

}
