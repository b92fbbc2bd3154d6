package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The native backend against a naive triple loop written here, on odd shapes above and below the size where it hands
 * products to the Java kernels. Tolerance, relative to Σ|a||b| of each result value (the size of what was summed):
 * 1e-13 in float64 (only the summation order differs), 2e-6 in float32 (operands rounded to 24 bits, float sums).
 */
class OpenBlasKernelsTest {

    /** m, k, n: the digits layers, shapes that cut no blocking evenly, and small ones the Java kernels keep. */
    private static final int[][] SHAPES = {{32, 784, 100}, {32, 100, 10}, {37, 131, 7}, {1, 513, 33}, {67, 5, 61},
        {3, 4, 5}, {10, 8, 8}, {33, 1, 17}};

    private static double tolerance(Precision p) {
        return p == Precision.FLOAT64 ? 1e-13 : 2e-6;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void theThreeProductsMatchANaiveLoop(Precision precision) {
        OpenBlasKernels kernels = new OpenBlasKernels(precision);
        double tol = tolerance(precision);
        for (int[] s : SHAPES) {
            int m = s[0], k = s[1], n = s[2];
            String shape = m + "×" + k + "×" + n + " " + precision.label();
            double[] a = random(m * k, 1), w = random(n * k, 2), bias = random(n, 3), delta = random(m * n, 4);

            double[] z = new double[m * n];
            kernels.multiplyTransposeB(a, w, bias, z, m, k, n);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = bias[j], size = Math.abs(bias[j]);
                    for (int p = 0; p < k; p++) {
                        sum += a[i * k + p] * w[j * k + p];
                        size += Math.abs(a[i * k + p] * w[j * k + p]);
                    }
                    assertEquals(sum, z[i * n + j], tol * size, "Z " + shape);
                }
            }

            // dW (n × k) = δᵀ (n × m) · A (m × k)
            double[] dw = new double[n * k];
            double squares = kernels.multiplyTransposeA(delta, a, dw, n, m, k);
            double expectedSquares = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double sum = 0, size = 0;
                    for (int p = 0; p < m; p++) {
                        sum += delta[p * n + i] * a[p * k + j];
                        size += Math.abs(delta[p * n + i] * a[p * k + j]);
                    }
                    assertEquals(sum, dw[i * k + j], tol * size, "dW " + shape);
                    expectedSquares += dw[i * k + j] * dw[i * k + j];
                }
            }
            assertEquals(expectedSquares, squares, 1e-12 * expectedSquares, "Σ dW² " + shape);

            // dA (m × k) = δ (m × n) · W (n × k)
            double[] da = new double[m * k];
            kernels.multiply(delta, w, da, m, n, k);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < k; j++) {
                    double sum = 0, size = 0;
                    for (int p = 0; p < n; p++) {
                        sum += delta[i * n + p] * w[p * k + j];
                        size += Math.abs(delta[i * n + p] * w[p * k + j]);
                    }
                    assertEquals(sum, da[i * k + j], tol * size, "dA " + shape);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void theSameInputsGiveTheSameBits(Precision precision) {
        OpenBlasKernels first = new OpenBlasKernels(precision);
        OpenBlasKernels second = new OpenBlasKernels(precision);
        int m = 32, k = 784, n = 100;
        double[] a = random(m * k, 5), w = random(n * k, 6), delta = random(m * n, 7);
        double[] z1 = new double[m * n], z2 = new double[m * n], g1 = new double[n * k], g2 = new double[n * k];
        first.multiplyTransposeB(a, w, null, z1, m, k, n);
        first.multiplyTransposeB(a, w, null, z1, m, k, n);
        second.multiplyTransposeB(a, w, null, z2, m, k, n);
        assertArrayEquals(z1, z2);
        assertEquals(first.multiplyTransposeA(delta, a, g1, n, m, k), second.multiplyTransposeA(delta, a, g2, n, m, k));
        assertArrayEquals(g1, g2);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void twoThreadsGiveTheBitsOfOne(Precision precision) {
        // the digits network's large products are cut in two halves, the upper one on the helper thread
        int m = 32, k = 784, n = 100;
        assertTrue((long) m * k * n >= OpenBlasKernels.SPLIT, "the shape must be large enough to be split");
        OpenBlasKernels one = new OpenBlasKernels(precision, false);
        OpenBlasKernels two = new OpenBlasKernels(precision, true);
        double[] a = random(m * k, 8), w = random(n * k, 9), bias = random(n, 10), delta = random(m * n, 11);
        long before = Helper.tasksHandedOver();
        double[] z1 = new double[m * n], z2 = new double[m * n];
        one.multiplyTransposeB(a, w, bias, z1, m, k, n);
        two.multiplyTransposeB(a, w, bias, z2, m, k, n);
        assertArrayEquals(z1, z2, "forward");
        double[] g1 = new double[n * k], g2 = new double[n * k];
        double s1 = one.multiplyTransposeA(delta, a, g1, n, m, k);
        double s2 = two.multiplyTransposeA(delta, a, g2, n, m, k);
        assertArrayEquals(g1, g2, "dW");
        assertEquals(s1, s2, "Σ dW²");
        double[] d1 = new double[m * k], d2 = new double[m * k];
        one.multiply(delta, w, d1, m, n, k);
        two.multiply(delta, w, d2, m, n, k);
        assertArrayEquals(d1, d2, "dA");
        if (Helper.available()) {
            // hand-overs to the helper (copies, then the GEMM halves), run by it or taken back by the caller
            assertTrue(Helper.tasksHandedOver() > before, "the products were cut for the helper");
        }
    }

    @Test
    void float32RoundsWhereFloat64DoesNot() {
        // 1 + 2⁻³⁰ is not a float: the float32 product loses it, the float64 one keeps it
        int m = 32, k = 32, n = 32;
        double[] a = new double[m * k], w = new double[n * k];
        a[0] = 1 + Math.scalb(1.0, -30);
        w[0] = 1;
        double[] c64 = new double[m * n], c32 = new double[m * n];
        new OpenBlasKernels(Precision.FLOAT64).multiplyTransposeB(a, w, null, c64, m, k, n);
        new OpenBlasKernels(Precision.FLOAT32).multiplyTransposeB(a, w, null, c32, m, k, n);
        assertEquals(a[0], c64[0]);
        assertEquals(1.0, c32[0]);
    }

    @Test
    void wrongShapesAreRefusedBeforeAnyWork() {
        OpenBlasKernels kernels = new OpenBlasKernels(Precision.FLOAT64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kernels.multiply(new double[32 * 100], new double[100 * 700], new double[32 * 784], 32, 100, 784));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
    }

    @Test
    void theStandardChoiceIsNamedAndCanBeSwitchedOff() {
        assertTrue(Kernels.nativeInUse(), "OpenBLAS should load on the build platform: " + Kernels.description());
        assertEquals("openblas-float64", Kernels.standard().name());
        String before = System.getProperty(Kernels.BACKEND_PROPERTY);
        System.setProperty(Kernels.BACKEND_PROPERTY, "java");
        try {
            assertEquals("java", Kernels.standard().name());
            assertEquals("java", Kernels.backendName());
            assertTrue(Kernels.description().startsWith("Java kernels"), Kernels.description());
        } finally {
            if (before == null) {
                System.clearProperty(Kernels.BACKEND_PROPERTY);
            } else {
                System.setProperty(Kernels.BACKEND_PROPERTY, before);
            }
        }
    }

    @Test
    void precisionsParseFromTheirLabels() {
        for (Precision p : Precision.values()) {
            assertEquals(p, Precision.parse(p.label()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Precision.parse("half"));
        assertTrue(e.getMessage().contains("float32"), e.getMessage());
    }

    private static double[] random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(-1, 1);
        }
        return x;
    }
}
