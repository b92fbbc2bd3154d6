package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Same seed ⇒ same bits, across versions of the code: two training runs must give exactly the numbers that the build
 * before the kernel interface and the split of the trainer gave (measured with {@link TrainingFingerprint#main} on that
 * build's jar). Not a check of correctness (the gradient checks and learning tests are), but of sameness: a changed
 * order of summation, a changed shuffle or a changed update shows up here. A deliberate change of the numbers updates
 * the two pairs of constants, and says why in its commit.
 *
 * <p>Fused multiply-adds round differently, so each run has a value for a JVM with and without them.
 */
class DeterminismRegressionTest {

    private static final long PLAYGROUND_FMA = 0x191027f210d7814eL;
    private static final long PLAYGROUND_NO_FMA = 0xab3f1829809f8c33L;
    private static final long LONG_ROWS_FMA = 0x3eb36196550940cfL;
    private static final long LONG_ROWS_NO_FMA = 0x80825f4cf6f59af6L;

    @Test
    void thePlaygroundRunGivesTheRecordedBits() {
        assertEquals(hex(hardwareFma() ? PLAYGROUND_FMA : PLAYGROUND_NO_FMA), hex(TrainingFingerprint.playground()));
    }

    @Test
    void theLongRowsRunGivesTheRecordedBits() {
        assertEquals(hex(hardwareFma() ? LONG_ROWS_FMA : LONG_ROWS_NO_FMA), hex(TrainingFingerprint.longRows()));
    }

    @Test
    void theLongRowsRunGivesTheSameBitsOnOneThread() {
        String before = System.getProperty("mlpsandbox.kernelThreads");
        System.setProperty("mlpsandbox.kernelThreads", "1");
        try {
            assertEquals(hex(hardwareFma() ? LONG_ROWS_FMA : LONG_ROWS_NO_FMA), hex(TrainingFingerprint.longRows()));
        } finally {
            if (before == null) {
                System.clearProperty("mlpsandbox.kernelThreads");
            } else {
                System.setProperty("mlpsandbox.kernelThreads", before);
            }
        }
    }

    private static String hex(long h) {
        return String.format("0x%016x", h);
    }

    /** Whether this JVM compiles Math.fma to the processor's instruction (when it does, the kernels use it). */
    private static boolean hardwareFma() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && Boolean.parseBoolean(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
