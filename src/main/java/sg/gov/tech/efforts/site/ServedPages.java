package sg.gov.tech.efforts.site;

import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/** Counts the pre-rendered pages answered, by which lane answered them, for operators' metrics and for tests. */
@Component
public class ServedPages {

	private final LongAdder fastLane = new LongAdder();

	private final LongAdder servletPath = new LongAdder();

	/** @return how many page requests the connector's fast lane ({@code site.connector.PageAdapter}) has answered */
	public long fastLane() {
		return this.fastLane.sum();
	}

	/** @return how many page requests the servlet path has answered with a pre-rendered page */
	public long servletPath() {
		return this.servletPath.sum();
	}

	public LongAdder fastLaneCounter() {
		return this.fastLane;
	}

	void servedThroughServlet() {
		this.servletPath.increment();
	}

}
