package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Large products are split with the helper thread: the result equals the single-threaded one to the last bit (and the
 * naive product to rounding), the helper really computes half of it, and a busy helper only means the caller does all
 * the work.
 */
class JavaKernelsSplitTest {

    // the digit network's first layer, and odd sizes on every side, all above JavaKernels.SPLIT multiply-adds
    private static final int[][] SHAPES = {{32, 784, 100}, {33, 301, 127}, {100, 32, 784}, {31, 257, 133}};

    @Test
    void splitProductsEqualSingleThreadedOnesBitForBit() {
        JavaKernels split = new JavaKernels(true);
        JavaKernels single = new JavaKernels(false);
        for (int[] s : SHAPES) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            assertTrue((long) m * k * n >= JavaKernels.SPLIT, "shape below the split size");
            long before = Helper.tasksHandedOver();

            double[] a = MatricesTest.random(m * k, 1);
            double[] b = MatricesTest.random(n * k, 2);
            double[] bias = MatricesTest.random(n, 3);
            double[] c1 = new double[m * n];
            double[] c2 = new double[m * n];
            double[] plain = new double[m * n];
            split.multiplyTransposeB(a, b, bias, c1, m, k, n);
            single.multiplyTransposeB(a, b, bias, c2, m, k, n);
            assertArrayEquals(c2, c1, 0.0);
            Matrices.multiplyTransposeB(a, b, bias, plain, m, k, n, new double[k * n]);
            assertArrayEquals(plain, c1, 1e-10, "the halves add up to the whole product");

            double[] at = MatricesTest.random(k * m, 4);
            double[] bk = MatricesTest.random(k * n, 5);
            double squares1 = split.multiplyTransposeA(at, bk, c1, m, k, n);
            double squares2 = single.multiplyTransposeA(at, bk, c2, m, k, n);
            assertArrayEquals(c2, c1, 0.0);
            assertEquals(squares2, squares1, 0.0, "the gradient norm too");
            Matrices.multiplyTransposeA(at, bk, plain, m, k, n);
            assertArrayEquals(plain, c1, 1e-10);
            double naive = Matrices.sumOfSquares(plain, 0, m * n);
            assertEquals(naive, squares1, 1e-12 * naive, "Σ c² comes with the product");

            double[] w = MatricesTest.random(k * n, 6);
            split.multiply(a, w, c1, m, k, n);
            single.multiply(a, w, c2, m, k, n);
            assertArrayEquals(c2, c1, 0.0);
            Matrices.multiply(a, w, plain, m, k, n);
            assertArrayEquals(plain, c1, 1e-10);

            if (Helper.available()) {
                // run by the helper, or taken back by the caller when the helper had not begun it (it was parked)
                assertTrue(Helper.tasksHandedOver() >= before + 3, "each product handed one half to the helper");
            }
        }
    }

    @Test
    void aBusyHelperMeansTheCallerDoesEverything() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Helper.Handle blocker = Helper.tryStart(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertNotNull(blocker, "the helper was free");
        try {
            int m = 32;
            int k = 784;
            int n = 100;
            double[] a = MatricesTest.random(m * k, 7);
            double[] b = MatricesTest.random(n * k, 8);
            double[] c1 = new double[m * n];
            double[] c2 = new double[m * n];
            new JavaKernels(true).multiplyTransposeB(a, b, null, c1, m, k, n);
            new JavaKernels(false).multiplyTransposeB(a, b, null, c2, m, k, n);
            assertArrayEquals(c2, c1, 0.0);
        } finally {
            release.countDown();
            blocker.join();
        }
    }

    /** A parked helper may miss the first halves (they are taken back); awake, it computes them. */
    @Test
    void theHelperComputesHalvesOnceItIsAwake() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Helper.available(), "one processor: no helper");
        JavaKernels split = new JavaKernels(true);
        int m = 32;
        int k = 784;
        int n = 100;
        double[] a = MatricesTest.random(m * k, 1);
        double[] b = MatricesTest.random(n * k, 2);
        double[] c = new double[m * n];
        long before = Helper.tasksRun();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Helper.tasksRun() == before && System.nanoTime() < deadline) {
            split.multiplyTransposeB(a, b, null, c, m, k, n);
        }
        assertTrue(Helper.tasksRun() > before, "in 5 s of products the helper computed no half");
    }

    @Test
    void aTaskTheHelperHasNotBegunIsTakenBackByItsCaller() {
        Helper idle = Helper.withoutThread();
        Thread[] ranOn = new Thread[1];
        Helper.Handle h = idle.offer(() -> ranOn[0] = Thread.currentThread());
        assertNotNull(h, "the helper was free");
        assertNull(idle.offer(() -> { }), "busy until the caller joins");
        Thread[] joiner = new Thread[1];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            joiner[0] = Thread.currentThread();
            h.join();
        }, "join waits for a helper that never comes");
        assertSame(joiner[0], ranOn[0], "the caller ran the task itself instead of waiting");
        assertEquals(1, idle.tasksTakenBack());
        Helper.Handle again = idle.offer(() -> {
            throw new IllegalStateException("boom");
        });
        assertNotNull(again, "free again once the task was taken back");
        assertEquals("boom", org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                again::join).getMessage(), "what a task taken back throws reaches the caller too");
    }

    @Test
    void whatTheHelperThrowsReachesTheCaller() {
        Helper.Handle h = Helper.tryStart(() -> {
            throw new IllegalStateException("boom");
        });
        assertNotNull(h);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, h::join);
        assertEquals("boom", e.getMessage());
        Helper.Handle next = Helper.tryStart(() -> { });
        assertNotNull(next, "the helper is free again after a failure");
        next.join();
    }

    @Test
    void passesOverLargeArraysMatchThePlainLoopsAndFindEveryNonFiniteValue() {
        JavaKernels split = new JavaKernels(true);
        JavaKernels single = new JavaKernels(false);
        double[] x = MatricesTest.random(JavaKernels.PASS_SPLIT * 2 + 1, 9);
        assertEquals(split.sumOfSquares(x), single.sumOfSquares(x), 0.0, "same halves, same order");
        double naive = 0;
        for (double v : x) {
            naive += v * v;
        }
        assertEquals(naive, split.sumOfSquares(x), 1e-9 * naive);

        double[] copy = new double[x.length];
        split.copy(x, copy);
        assertArrayEquals(x, copy, 0.0);

        assertTrue(split.allFinite(x));
        for (int at : new int[] {0, 17, x.length / 2 - 1, x.length / 2, x.length - 1}) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double[] y = x.clone();
                y[at] = bad;
                assertTrue(!split.allFinite(y) && !single.allFinite(y), bad + " at " + at);
                assertTrue(!Double.isFinite(split.sumOfSquares(y)), bad + " at " + at);
            }
        }
    }
}
