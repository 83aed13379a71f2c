package sg.gov.tech.efforts.ops;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a plain {@code java -jar} from holding far more memory than the site uses: the JVM's default heap may grow
 * to a quarter of the machine's memory and is slow to give any back. Unless the operator set them, the heap is kept
 * close to what is live (free ratio 10 to 30%, memory returned after 15 s idle), and without an {@code -Xmx} the
 * first load's garbage is collected once the site is loaded, before it is ready (a 1,000-page site keeps about 50 MB
 * live but left 500 MB of RSS behind otherwise); an operator's {@code -Xmx}, {@code -XX:MaxHeapFreeRatio} or
 * {@code -XX:G1PeriodicGCInterval} always wins.
 */
@Component
class HeapBounds implements ApplicationListener<ApplicationStartedEvent> {

	private static final Log logger = LogFactory.getLog(HeapBounds.class);

	/**
	 * Flags the JVM lets a running application set, with the values that keep the heap near its live size; in this
	 * order, since the JVM refuses a maximum free ratio below the minimum (40 by default).
	 */
	static final Map<String, String> BOUNDS = orderedBounds();

	private static Map<String, String> orderedBounds() {
		Map<String, String> bounds = new LinkedHashMap<>();
		bounds.put("MinHeapFreeRatio", "10");
		bounds.put("MaxHeapFreeRatio", "30");
		bounds.put("G1PeriodicGCInterval", "15000");
		return Collections.unmodifiableMap(bounds);
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		if (hotspot != null) {
			bound(hotspot);
		}
	}

	/** Sets each of {@link #BOUNDS} the operator left at its default; separate so tests can pass a JVM of their own. */
	void bound(HotSpotDiagnosticMXBean hotspot) {
		BOUNDS.forEach((flag, value) -> {
			try {
				VMOption option = hotspot.getVMOption(flag);
				if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
					hotspot.setVMOption(flag, value);
				}
			}
			catch (IllegalArgumentException ex) {
				logger.debug("This JVM refused " + flag + "=" + value + ": " + ex.getMessage());
			}
		});
		if (collectsFirstLoadGarbage(hotspot.getVMOption("MaxHeapSize"))) {
			// the application's one explicit collection: the first load left more than the site will hold again
			System.gc();
		}
	}

	/**
	 * @param maxHeapSize the JVM's {@code MaxHeapSize} option
	 * @return whether the JVM chose the maximum heap itself, so no operator's {@code -Xmx} says how much may be held
	 */
	static boolean collectsFirstLoadGarbage(VMOption maxHeapSize) {
		return maxHeapSize.getOrigin() == VMOption.Origin.ERGONOMIC;
	}

}
