package org.mlpsandbox.plugins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;

/**
 * The per-step methods run inside the training loop and must not allocate. Measured with the HotSpot per-thread
 * allocation counter (HotSpot); fails with a clear message on a JVM without one.
 */
class NoAllocationTest {

    private static final int CALLS = 2000;
    private static final int ROWS = 8;
    private static final int COLS = 4;

    private static long allocatedBytes(Runnable work) {
        var bean = ManagementFactory.getThreadMXBean();
        assertTrue(bean instanceof com.sun.management.ThreadMXBean,
                "this test needs a HotSpot JVM (OpenJDK, Temurin) with per-thread allocation counters");
        var hotSpot = (com.sun.management.ThreadMXBean) bean;
        assertTrue(hotSpot.isThreadAllocatedMemorySupported() && hotSpot.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        for (int i = 0; i < CALLS; i++) {
            work.run();
        }
        long before = hotSpot.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            work.run();
        }
        return hotSpot.getCurrentThreadAllocatedBytes() - before;
    }

    /** Less than one byte per call: a single small object per call would be 16 bytes or more. */
    private static void assertNoAllocation(String what, Runnable work) {
        long bytes = allocatedBytes(work);
        assertTrue(bytes < CALLS, what + " allocated " + bytes + " bytes in " + CALLS + " calls");
    }

    private static double[] random(int n, double low, double high) {
        SplittableRandom random = new SplittableRandom(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(low, high);
        }
        return v;
    }

    @Test
    void activationsDoNotAllocate() {
        double[] z = random(ROWS * COLS, -3, 3);
        double[] a = new double[z.length];
        double[] grad = random(ROWS * COLS, -1, 1);
        for (Activation f : Registered.activations()) {
            assertNoAllocation(f.id() + ".forward", () -> f.forward(z, a, ROWS, COLS));
            assertNoAllocation(f.id() + ".backward", () -> f.backward(z, a, grad, grad, ROWS, COLS));
        }
    }

    @Test
    void lossesDoNotAllocate() {
        double[] y = random(ROWS * COLS, 0.05, 0.95);
        double[] t = random(ROWS * COLS + 1, 0, 1);
        double[] grad = new double[y.length];
        for (Loss loss : Registered.losses()) {
            assertNoAllocation(loss.id() + ".value", () -> loss.value(y, t, ROWS, COLS));
            assertNoAllocation(loss.id() + ".valueAndGradient", () -> loss.valueAndGradient(y, t, grad, ROWS, COLS));
        }
    }

    @Test
    void optimizerUpdatesDoNotAllocate() {
        double[] p = new double[ROWS * COLS];
        double[] g = random(ROWS * COLS, -1, 1);
        for (Optimizer optimizer : Registered.optimizers()) {
            Optimizer.State state = optimizer.newState(p.length);
            assertNoAllocation(optimizer.id() + ".update", () -> state.update(p, g, 1e-6));
        }
    }
}
