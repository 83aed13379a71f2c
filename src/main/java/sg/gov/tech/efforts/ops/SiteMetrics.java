package sg.gov.tech.efforts.ops;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import sg.gov.tech.efforts.content.ContentReloads;
import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.site.ServedPages;

import org.springframework.stereotype.Component;

/**
 * The site's own counters as meters, read at each scrape: pages served by lane ({@code site_pages_served_total}) and
 * content reloads by outcome ({@code site_content_reloads_seconds}, a count and the time taken).
 */
@Component
class SiteMetrics implements MeterBinder {

	private final ServedPages served;

	private final ContentReloads reloads;

	SiteMetrics(ServedPages served, CurrentSite content) {
		this.served = served;
		this.reloads = content.reloads();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		pagesServed(registry, "fast", ServedPages::fastLane);
		pagesServed(registry, "servlet", ServedPages::servletPath);
		reloads(registry, "served", this.reloads.served());
		reloads(registry, "rejected", this.reloads.rejected());
	}

	private void pagesServed(MeterRegistry registry, String lane, ToDoubleFunction<ServedPages> count) {
		FunctionCounter.builder("site.pages.served", this.served, count)
			.description("Pre-rendered pages answered, by the lane that answered them")
			.tag("lane", lane)
			.register(registry);
	}

	private static void reloads(MeterRegistry registry, String outcome, ContentReloads.Tally tally) {
		FunctionTimer
			.builder("site.content.reloads", tally, ContentReloads.Tally::count, ContentReloads.Tally::nanos,
					TimeUnit.NANOSECONDS)
			.description("Content reloads since startup, by outcome (rejected: the previous content is still served)")
			.tag("outcome", outcome)
			.register(registry);
	}

}
