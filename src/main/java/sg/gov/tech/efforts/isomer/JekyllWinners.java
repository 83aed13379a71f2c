package sg.gov.tech.efforts.isomer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sg.gov.tech.efforts.model.Site;
import sg.gov.tech.efforts.source.ValidationReport;

/**
 * Of files that Jekyll would publish at one URL, the one it writes last, which is what visitors get: pages first,
 * then collection documents in collection order, then posts oldest first. Each clash is a warning naming both files.
 */
final class JekyllWinners {

	private JekyllWinners() {
	}

	static List<ParsedFile> of(List<ParsedFile> files, Map<String, JekyllConfig.CollectionConfig> collections,
			ValidationReport report) {
		List<String> collectionOrder = new ArrayList<>(collections.keySet());
		Comparator<ParsedFile> writeOrder = Comparator.comparingInt((ParsedFile file) -> rank(file, collectionOrder))
			.thenComparing((file) -> file.post().map((post) -> post.date().toString()).orElse(""))
			.thenComparing((file) -> file.source().name());
		List<ParsedFile> ordered = files.stream().sorted(writeOrder).toList();
		Map<String, ParsedFile> byUrl = new LinkedHashMap<>();
		List<ParsedFile> entries = new ArrayList<>();
		for (ParsedFile file : ordered) {
			if (file.page().isEmpty()) {
				entries.add(file);
				continue;
			}
			ParsedFile earlier = byUrl.put(Site.key(file.url()), file);
			if (earlier != null) {
				String problem = "has the URL " + file.url() + " as " + "%s does: Jekyll publishes the one it writes "
						+ "last, " + file.source().name() + "; give the other another permalink";
				report.warn(earlier.source().name(), 2, String.format(problem, file.source().name()));
				report.warn(file.source().name(), 2, String.format(problem, earlier.source().name()));
			}
		}
		List<ParsedFile> published = new ArrayList<>(byUrl.values());
		published.addAll(entries);
		return published;
	}

	private static int rank(ParsedFile file, List<String> collections) {
		return switch (file.source().kind()) {
			case PAGE -> 0;
			case DOCUMENT -> 1 + collections.indexOf(file.source().collection());
			default -> 1 + collections.size();
		};
	}

}
