package sg.gov.tech.efforts.site.view;

import java.time.Instant;
import java.time.LocalDate;

import sg.gov.tech.efforts.settings.SiteTime;

/**
 * When what a page shows last changed, as its footer says it: "Last updated 27 Nov 2026".
 *
 * @param date the date for people
 * @param iso the same date as yyyy-mm-dd, for {@code <time datetime>}
 */
public record Updated(String date, String iso) {

	public static Updated of(Instant changed) {
		LocalDate day = LocalDate.ofInstant(changed, SiteTime.ZONE);
		return new Updated(Chrome.DAY_MONTH_YEAR.format(day), day.toString());
	}

}
