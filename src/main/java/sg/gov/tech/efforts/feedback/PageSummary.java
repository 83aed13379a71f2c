package sg.gov.tech.efforts.feedback;

/**
 * What citizens said about one page (public for the templates, which read it).
 *
 * @param page the page's path, or {@value FeedbackEntry#NOT_FOUND}
 * @param yes how many found it useful
 * @param no how many did not
 * @param problems how many reported a problem with it
 */
public record PageSummary(String page, long yes, long no, long problems) {

	/** @return the share of answers that said useful, as a whole percentage; -1 when nobody answered */
	public int usefulPercent() {
		long answers = this.yes + this.no;
		return (answers == 0) ? -1 : (int) Math.round(100.0 * this.yes / answers);
	}

}
