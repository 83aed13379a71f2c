package sg.gov.tech.efforts.source;

import java.util.Optional;

import sg.gov.tech.efforts.model.Url;

/**
 * Reads the addresses of one YAML file (settings, {@code _data/}, front matter) through the URL policy of
 * {@link Url}: a refused one is a warning naming the file, the line and the field, and leads nowhere, so its link
 * shows as text; an {@code http:} one is kept, with a warning.
 */
public final class Addresses {

	private final YamlBlock source;

	private final ValidationReport report;

	/**
	 * @param source the YAML the addresses are written in, for the lines of warnings
	 * @param report told about each address refused or insecure
	 */
	public Addresses(YamlBlock source, ValidationReport report) {
		this.source = source;
		this.report = report;
	}

	/**
	 * @param field what the address is, for the warning ("url of the navigation link 'About'")
	 * @param written the address as written
	 * @return the address; {@link Url#NONE} when it is refused
	 */
	public Url read(String field, String written) {
		Optional<Url> url = Url.of(written);
		if (url.isEmpty()) {
			this.report.warn(this.source.file(), this.source.lineOfText(written),
					refused(field, written) + ": it is shown without a link");
			return Url.NONE;
		}
		if (url.get().http()) {
			this.report.warn(this.source.file(), this.source.lineOfText(written), "the " + field + " " + written
					+ " uses http://: use https:// so visitors' connections stay secure");
		}
		return url.get();
	}

	/** @return the warning for an address refused by the URL policy, without what becomes of it */
	public static String refused(String field, String written) {
		// a control character would break the log line the warning is written to
		String shown = written.strip().replaceAll("\\p{Cc}", "?");
		shown = (shown.length() <= 80) ? shown : shown.substring(0, 77) + "…";
		return "the " + field + " '" + shown + "' is refused, its scheme " + Url.refusedScheme(written).orElse("")
				+ ": is not allowed (an address must be " + Url.ALLOWED + ")";
	}

}
