package sg.gov.tech.efforts.ops;

import java.lang.management.ManagementFactory;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap bounds a plain {@code java -jar} gets, and that an operator's own flags are never overridden. */
class HeapBoundsTests {

	private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	@Test
	void flagsTheOperatorLeftAtTheirDefaultsAreSetAndTheOthersKept() {
		Map<String, VMOption> before = Map.of("MinHeapFreeRatio", option("MinHeapFreeRatio"), "MaxHeapFreeRatio",
				option("MaxHeapFreeRatio"), "G1PeriodicGCInterval", option("G1PeriodicGCInterval"));
		new HeapBounds().onApplicationEvent(null);
		HeapBounds.BOUNDS.forEach((flag, bound) -> {
			VMOption was = before.get(flag);
			String expected = (was.getOrigin() == VMOption.Origin.DEFAULT && was.isWriteable()) ? bound : was.getValue();
			assertThat(option(flag).getValue()).as(flag).isEqualTo(expected);
		});
	}

	@Test
	void aFlagSetOnceIsNoLongerADefaultSoASecondStartLeavesIt() {
		new HeapBounds().onApplicationEvent(null);
		this.hotspot.setVMOption("MaxHeapFreeRatio", "40");
		new HeapBounds().onApplicationEvent(null);
		assertThat(option("MaxHeapFreeRatio").getValue()).isEqualTo("40");
	}

	@Test
	void theFirstLoadsGarbageIsCollectedWhenTheJvmChoseTheMaximumHeap() {
		assertThat(HeapBounds.collectsFirstLoadGarbage(maxHeapSize(VMOption.Origin.ERGONOMIC))).isTrue();
	}

	@Test
	void noCollectionIsAskedForWhenTheOperatorSetTheMaximumHeap() {
		assertThat(HeapBounds.collectsFirstLoadGarbage(maxHeapSize(VMOption.Origin.VM_CREATION))).isFalse();
		assertThat(HeapBounds.collectsFirstLoadGarbage(maxHeapSize(VMOption.Origin.ENVIRON_VAR))).isFalse();
	}

	private static VMOption maxHeapSize(VMOption.Origin origin) {
		return new VMOption("MaxHeapSize", "268435456", false, origin);
	}

	private VMOption option(String flag) {
		return this.hotspot.getVMOption(flag);
	}

}
