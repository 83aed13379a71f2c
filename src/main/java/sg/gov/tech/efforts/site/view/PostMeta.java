package sg.gov.tech.efforts.site.view;

/**
 * What a post shows above its content.
 *
 * @param date its date for people ("4 Mar 2020")
 * @param dateIso the same date as yyyy-mm-dd
 * @param category its category's name
 * @param categoryUrl its category's list
 */
public record PostMeta(String date, String dateIso, String category, String categoryUrl) {

	/** Not a post. */
	public static final PostMeta NONE = new PostMeta("", "", "", "");

	public boolean present() {
		return !this.dateIso.isEmpty();
	}

}
