package sg.gov.tech.efforts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sg.gov.tech.efforts.model.Brand;

/**
 * The site's colours and government flag, as both Isomer's {@code _config.yml} and the project's {@code site.yml}
 * write them: {@code colors:} with {@code primary-color}, {@code secondary-color} and {@code media-colors} (each a
 * {@code color:} entry or a bare colour), and {@code is_government}. A colour that is not one is a warning and keeps
 * the default; one too light for its text is darkened, with a warning naming its line.
 */
public final class BrandSettings {

	static final String COLORS = "colors";

	private BrandSettings() {
	}

	/**
	 * @param block the settings file
	 * @param fields its top-level keys
	 * @param report where warnings go
	 * @return the colours, readable; the default ones for a site that sets none
	 */
	public static Brand brand(YamlBlock block, Map<?, ?> fields, ValidationReport report) {
		if (!(fields.get(COLORS) instanceof Map<?, ?> colors)) {
			return Brand.DEFAULT;
		}
		Lines lines = new Lines(block);
		String primary = colour(colors.get("primary-color"), Brand.DEFAULT.primary(), "primary-color", lines, report);
		String secondary = colour(colors.get("secondary-color"), Brand.DEFAULT.secondary(), "secondary-color", lines,
				report);
		List<String> media = new ArrayList<>(Brand.DEFAULT.media());
		if (colors.get("media-colors") instanceof List<?> entries) {
			for (int i = 0; i < Math.min(entries.size(), Brand.MEDIA_COLOURS); i++) {
				Object entry = entries.get(i);
				Object value = (entry instanceof Map<?, ?> map) ? map.get("color") : entry;
				media.set(i, colour(value, media.get(i), "media-colors " + (i + 1), lines, report));
			}
		}
		return new Brand(primary, secondary, media)
			.readable((key, problem) -> report.warn(block.file(), lines.of(key), "colors: " + key + ": " + problem));
	}

	/** @return whether the site shows the government masthead: unless {@code is_government} is false, as in Isomer */
	public static boolean government(Map<?, ?> fields) {
		return !"false".equalsIgnoreCase(String.valueOf(fields.get("is_government")).strip());
	}

	private static String colour(Object value, String fallback, String key, Lines lines, ValidationReport report) {
		if (value == null) {
			return fallback;
		}
		Optional<String> parsed = Brand.parse(value.toString());
		if (parsed.isEmpty()) {
			report.warn(lines.block.file(), lines.of(key), "colors: " + key + ": '" + value
					+ "' is not a colour like #1a2b3c; the default " + fallback + " is used");
		}
		return parsed.orElse(fallback);
	}

	/** Where each colour is written, so a warning names its line. */
	private record Lines(YamlBlock block) {

		int of(String key) {
			String[] lines = this.block.yaml().split("\n", -1);
			int colors = this.block.lineOf(COLORS) - this.block.firstLine();
			int from = Math.max(0, colors);
			if (key.startsWith("media-colors ")) {
				int wanted = Integer.parseInt(key.substring("media-colors ".length()));
				int seen = 0;
				boolean inMedia = false;
				for (int i = from; i < lines.length; i++) {
					String line = lines[i].strip();
					inMedia = inMedia || line.startsWith("media-colors:");
					if (inMedia && (line.startsWith("color:") || line.startsWith("- color:")
							|| line.matches("-\\s*['\"]?#?[0-9a-fA-F]{3,6}['\"]?"))) {
						seen++;
						if (seen == wanted) {
							return this.block.firstLine() + i;
						}
					}
				}
				return this.block.lineOf(COLORS);
			}
			for (int i = from; i < lines.length; i++) {
				if (lines[i].strip().startsWith(key + ":")) {
					return this.block.firstLine() + i;
				}
			}
			return this.block.lineOf(COLORS);
		}

	}

}
