package sg.gov.tech.efforts.settings;

import java.time.ZoneId;

/** The site's time zone, Singapore's: the one in which its dates are shown and its footer's year turns. */
public final class SiteTime {

	/** Singapore time; the one place it is named. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Singapore");

	private SiteTime() {
	}

}
