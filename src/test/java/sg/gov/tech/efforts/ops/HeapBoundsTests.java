package sg.gov.tech.efforts.ops;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import com.sun.management.VMOption.Origin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap bounds a plain {@code java -jar} gets, and that an operator's own flags are never overridden. */
class HeapBoundsTests {

	@Test
	void aJvmLeftAtItsDefaultsGetsTheTightBounds() {
		Jvm jvm = new Jvm().flag("MinHeapFreeRatio", "40", Origin.DEFAULT)
			.flag("MaxHeapFreeRatio", "70", Origin.DEFAULT)
			.flag("G1PeriodicGCInterval", "0", Origin.DEFAULT);
		new HeapBounds().bound(jvm);
		// 30 is below the JVM's default minimum of 40: it is accepted only once the minimum is lowered first
		assertThat(jvm.values()).containsExactly(Map.entry("MinHeapFreeRatio", "10"),
				Map.entry("MaxHeapFreeRatio", "30"), Map.entry("G1PeriodicGCInterval", "15000"));
	}

	@Test
	void aFlagOnTheOperatorsCommandLineIsKept() {
		Jvm jvm = new Jvm().flag("MinHeapFreeRatio", "40", Origin.DEFAULT)
			.flag("MaxHeapFreeRatio", "50", Origin.VM_CREATION)
			.flag("G1PeriodicGCInterval", "0", Origin.DEFAULT);
		new HeapBounds().bound(jvm);
		assertThat(jvm.values()).containsEntry("MaxHeapFreeRatio", "50")
			.containsEntry("MinHeapFreeRatio", "10")
			.containsEntry("G1PeriodicGCInterval", "15000");
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

	@Test
	void aFlagFromTheEnvironmentIsKept() {
		Jvm jvm = new Jvm().flag("MinHeapFreeRatio", "40", Origin.DEFAULT)
			.flag("MaxHeapFreeRatio", "70", Origin.DEFAULT)
			.flag("G1PeriodicGCInterval", "60000", Origin.ENVIRON_VAR);
		new HeapBounds().bound(jvm);
		assertThat(jvm.values()).containsEntry("G1PeriodicGCInterval", "60000");
	}

	@Test
	void aFlagAlreadySetWhileRunningIsKept() {
		Jvm jvm = new Jvm().flag("MinHeapFreeRatio", "20", Origin.MANAGEMENT)
			.flag("MaxHeapFreeRatio", "40", Origin.MANAGEMENT)
			.flag("G1PeriodicGCInterval", "0", Origin.DEFAULT);
		new HeapBounds().bound(jvm);
		assertThat(jvm.values()).containsEntry("MinHeapFreeRatio", "20").containsEntry("MaxHeapFreeRatio", "40");
	}

	@Test
	void aJvmWithoutTheG1FlagStillGetsTheFreeRatios() {
		Jvm jvm = new Jvm().flag("MinHeapFreeRatio", "40", Origin.DEFAULT)
			.flag("MaxHeapFreeRatio", "70", Origin.DEFAULT);
		new HeapBounds().bound(jvm);
		assertThat(jvm.values()).containsEntry("MinHeapFreeRatio", "10")
			.containsEntry("MaxHeapFreeRatio", "30")
			.doesNotContainKey("G1PeriodicGCInterval");
	}

	@Test
	void onTheRunningJvmAFlagSetBeforeTheSecondStartIsKept() {
		HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		new HeapBounds().onApplicationEvent(null);
		hotspot.setVMOption("MaxHeapFreeRatio", "40");
		new HeapBounds().onApplicationEvent(null);
		assertThat(hotspot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("40");
	}

	/**
	 * A JVM's flags, refusing what HotSpot refuses: an unknown flag, and free ratios whose maximum would fall below
	 * the minimum. The operator's {@code -Xmx} is set, so no test collects garbage.
	 */
	private static final class Jvm implements HotSpotDiagnosticMXBean {

		private static final VMOption XMX = new VMOption("MaxHeapSize", "536870912", false, Origin.VM_CREATION);

		private final Map<String, VMOption> options = new LinkedHashMap<>();

		Jvm flag(String name, String value, Origin origin) {
			this.options.put(name, new VMOption(name, value, true, origin));
			return this;
		}

		Map<String, String> values() {
			Map<String, String> values = new LinkedHashMap<>();
			this.options.forEach((name, option) -> values.put(name, option.getValue()));
			return values;
		}

		@Override
		public VMOption getVMOption(String name) {
			if (name.equals(XMX.getName())) {
				return XMX;
			}
			VMOption option = this.options.get(name);
			if (option == null) {
				throw new IllegalArgumentException("VM option \"" + name + "\" does not exist");
			}
			return option;
		}

		@Override
		public void setVMOption(String name, String value) {
			VMOption option = getVMOption(name);
			if (!option.isWriteable()) {
				throw new IllegalArgumentException("VM Option \"" + name + "\" is not writeable");
			}
			int min = ratio("MinHeapFreeRatio", name, value);
			int max = ratio("MaxHeapFreeRatio", name, value);
			if (min > max) {
				throw new IllegalArgumentException("MinHeapFreeRatio (" + min + ") must be at most MaxHeapFreeRatio ("
						+ max + ")");
			}
			this.options.put(name, new VMOption(name, value, true, Origin.MANAGEMENT));
		}

		private int ratio(String ratio, String name, String value) {
			return Integer.parseInt(ratio.equals(name) ? value : this.options.get(ratio).getValue());
		}

		@Override
		public List<VMOption> getDiagnosticOptions() {
			return List.copyOf(this.options.values());
		}

		@Override
		public void dumpHeap(String outputFile, boolean live) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ObjectName getObjectName() {
			throw new UnsupportedOperationException();
		}

	}

}
