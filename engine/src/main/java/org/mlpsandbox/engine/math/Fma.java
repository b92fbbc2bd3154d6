package org.mlpsandbox.engine.math;

/**
 * Whether the inner loops use fused multiply-adds: one instruction and one rounding per term instead of two. Only
 * where the JVM compiles {@link Math#fma} to the processor's instruction; without it {@code Math.fma} is emulated in
 * software, hundreds of times slower, so the loops multiply and add separately. {@link #ON} is a constant, so the JIT
 * keeps only one of the two loops.
 */
final class Fma {

    /** Whether {@link Math#fma} is the processor's instruction here. */
    static final boolean ON = hardwareFma();

    private Fma() {
    }

    /** s + x·y, in one fused multiply-add when {@link #ON}. */
    static double mulAdd(double x, double y, double s) {
        return ON ? Math.fma(x, y, s) : s + x * y;
    }

    private static boolean hardwareFma() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && Boolean.parseBoolean(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or no such option: be safe
        }
    }
}
