package sg.gov.tech.efforts.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.settings.SiteProperties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** A classpath folder, such as the content built into the jar. */
final class ClasspathRoot extends ContentRoot {

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final String root;

	private final ContentDates dates;

	ClasspathRoot(String location, String root) {
		super(location);
		this.root = root;
		ContentDates resourceTimes = new FileTimes(this::lastModified,
				"the times of the files built into the application (no dates were recorded at build time)");
		this.dates = root.equals(rootOf(SiteProperties.Content.EMBEDDED)) ? RecordedDates.load(resourceTimes::of)
			.map(ContentDates.class::cast)
			.orElse(resourceTimes) : resourceTimes;
	}

	@Override
	public ContentDates dates() {
		return this.dates;
	}

	@Override
	public Optional<Path> folder() {
		return Optional.empty();
	}

	@Override
	public List<String> files() {
		try {
			String rootUrl = this.resolver.getResource(this.root).getURL().toString();
			List<String> names = new ArrayList<>();
			for (Resource resource : this.resolver.getResources(this.root + "**/*")) {
				String url = resource.getURL().toString();
				if (url.startsWith(rootUrl) && !url.endsWith("/") && resource.isReadable()) {
					String name = url.substring(rootUrl.length());
					if (Arrays.stream(name.split("/")).noneMatch(ContentRoot::neverContent)) {
						names.add(name);
					}
				}
			}
			names.sort(null);
			return names;
		}
		catch (IOException ex) {
			throw new ContentException(location(), 1, "the content folder cannot be read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean exists(String name) {
		return this.resolver.getResource(this.root + name).exists();
	}

	@Override
	public byte[] read(String name) {
		try (InputStream in = this.resolver.getResource(this.root + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new ContentException(name, 1, "the file cannot be read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Instant lastModified(String name) {
		try {
			return Instant.ofEpochMilli(this.resolver.getResource(this.root + name).lastModified());
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

	@Override
	public String stamp(String name) {
		// files built into the application never change while it runs
		return "built-in";
	}

}
