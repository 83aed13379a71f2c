package sg.gov.tech.efforts.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;

/**
 * Dates of the content built into the application, recorded from this project's git history when it was built
 * ({@code content-dates.properties}, written by {@link #main(String[])} during the Maven build), so an image built
 * without any history shows the same dates as the source tree.
 */
final class RecordedDates implements ContentDates {

	static final String RESOURCE = "content-dates.properties";

	private final Map<String, Instant> dates;

	private final BiFunction<String, byte[], Instant> fallback;

	private RecordedDates(Map<String, Instant> dates, BiFunction<String, byte[], Instant> fallback) {
		this.dates = dates;
		this.fallback = fallback;
	}

	/** @return the dates recorded at build time, if the application has them */
	static Optional<RecordedDates> load(BiFunction<String, byte[], Instant> fallback) {
		ClassPathResource resource = new ClassPathResource(RESOURCE);
		if (!resource.exists()) {
			return Optional.empty();
		}
		Properties recorded = new Properties();
		try (InputStream in = resource.getInputStream()) {
			recorded.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		Map<String, Instant> dates = new TreeMap<>();
		recorded.forEach((name, date) -> dates.put(name.toString(), Instant.parse(date.toString())));
		return Optional.of(new RecordedDates(dates, fallback));
	}

	@Override
	public Instant of(String name, byte[] bytes) {
		Instant date = this.dates.get(name);
		return (date != null) ? date : this.fallback.apply(name, bytes);
	}

	@Override
	public String source() {
		return "dates recorded from git history when the application was built";
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Records when each file of the embedded content last changed in git; without history, records nothing, and the
	 * application falls back to the files' own times.
	 * @param args the project's folder, the content folder within it, the properties file to write
	 */
	public static void main(String[] args) throws IOException {
		Path project = Path.of(args[0]).toAbsolutePath().normalize();
		Path content = project.resolve(args[1]);
		Path output = Path.of(args[2]);
		// a file edited but not yet committed is recorded with its own time
		Optional<GitDates> git = GitDates.of(content, (name, bytes) -> modified(content.resolve(name)));
		if (git.isEmpty()) {
			System.out.println("[record-content-dates] no git history here: the content's own file times will be used");
			Files.deleteIfExists(output);
			return;
		}
		Properties recorded = new Properties();
		try (Stream<Path> files = Files.walk(content)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = content.relativize(file).toString().replace('\\', '/');
				Instant date = git.get().of(name, Files.readAllBytes(file));
				if (date != null) {
					recorded.setProperty(name, date.toString());
				}
			}
		}
		Files.createDirectories(output.getParent());
		try (OutputStream out = Files.newOutputStream(output)) {
			recorded.store(out, "When each file of the embedded content last changed, from " + git.get().source());
		}
		System.out.println("[record-content-dates] " + recorded.size() + " date(s) from " + git.get().source());
	}

}
