package sg.gov.tech.efforts.ops;

import java.lang.management.ManagementFactory;
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
 * close to what is live (free ratio 10 to 30%, memory returned after a minute idle); an operator's {@code -Xmx},
 * {@code -XX:MaxHeapFreeRatio} or {@code -XX:G1PeriodicGCInterval} always wins.
 */
@Component
class HeapBounds implements ApplicationListener<ApplicationStartedEvent> {

	private static final Log logger = LogFactory.getLog(HeapBounds.class);

	/** Flags the JVM lets a running application set, with the values that keep the heap near its live size. */
	static final Map<String, String> BOUNDS = Map.of("MinHeapFreeRatio", "10", "MaxHeapFreeRatio", "30",
			"G1PeriodicGCInterval", "60000");

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		if (hotspot == null) {
			return;
		}
		BOUNDS.forEach((flag, value) -> {
			try {
				VMOption option = hotspot.getVMOption(flag);
				if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
					hotspot.setVMOption(flag, value);
				}
			}
			catch (IllegalArgumentException ex) {
				logger.debug("This JVM has no manageable flag " + flag);
			}
		});
	}

}
