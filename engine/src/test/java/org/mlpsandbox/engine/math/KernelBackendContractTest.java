package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link KernelBackend} promises, checked against naive loops written here: the three products on odd
 * shapes (small ones, and ones above the Java kernels' row-array and two-thread sizes), the passes, and the shape
 * checks. A new backend joins by adding itself to {@link #backends()}.
 */
class KernelBackendContractTest {

    /** Every backend to check, with a name for the report. */
    static List<Supplier<KernelBackend>> backends() {
        return List.of(Kernels::standard, () -> new JavaKernels(false), () -> new JavaKernels(true));
    }

    /** m, k, n: one row, one column, k not a multiple of six, and two products above 2²⁰ multiply-adds. */
    private static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 7}, {1, 300, 40}, {17, 64, 1}, {33, 101, 17},
        {32, 784, 100}, {64, 300, 64}};

    static Stream<Arguments> cases() {
        return backends().stream().flatMap(b -> Stream.of(SHAPES).map(s -> Arguments.of(b.get(), s[0], s[1], s[2])));
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3}")
    @MethodSource("cases")
    void forwardIsABTransposedPlusBias(KernelBackend backend, int m, int k, int n) {
        double[] a = MatricesTest.random(m * k, 1);
        double[] b = MatricesTest.random(n * k, 2);
        double[] bias = MatricesTest.random(n, 3);
        double[] c = new double[m * n];
        backend.multiplyTransposeB(a, b, bias, c, m, k, n);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = bias[j];
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[j * k + p];
                }
                expected[i * n + j] = s;
            }
        }
        assertArrayEquals(expected, c, 1e-11 * k, backend.name());
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3}")
    @MethodSource("cases")
    void weightGradientIsATransposedBAndReturnsItsSquares(KernelBackend backend, int m, int k, int n) {
        double[] a = MatricesTest.random(k * m, 4);
        double[] b = MatricesTest.random(k * n, 5);
        double[] c = new double[m * n];
        double squares = backend.multiplyTransposeA(a, b, c, m, k, n);
        double[] expected = new double[m * n];
        double expectedSquares = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[p * m + i] * b[p * n + j];
                }
                expected[i * n + j] = s;
                expectedSquares += s * s;
            }
        }
        assertArrayEquals(expected, c, 1e-11 * k, backend.name());
        assertEquals(expectedSquares, squares, 1e-12 * expectedSquares, backend.name());
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3}")
    @MethodSource("cases")
    void errorPassedBackIsAB(KernelBackend backend, int m, int k, int n) {
        double[] a = MatricesTest.random(m * k, 6);
        double[] b = MatricesTest.random(k * n, 7);
        double[] c = new double[m * n];
        backend.multiply(a, b, c, m, k, n);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * n + j];
                }
                expected[i * n + j] = s;
            }
        }
        assertArrayEquals(expected, c, 1e-11 * k, backend.name());
    }

    static Stream<Arguments> passSizes() {
        return backends().stream().flatMap(b -> Stream.of(0, 7, JavaKernels.PASS_SPLIT * 2 + 3)
                .map(size -> Arguments.of(b.get(), size)));
    }

    @ParameterizedTest(name = "{0} {1} values")
    @MethodSource("passSizes")
    void passesCopySumAndCheckWholeArrays(KernelBackend backend, int size) {
        double[] x = MatricesTest.random(size, 8);
        double[] copy = new double[size];
        backend.copy(x, copy);
        assertArrayEquals(x, copy, 0.0);
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        assertEquals(squares, backend.sumOfSquares(x), 1e-12 * Math.max(1, squares));
        assertTrue(backend.allFinite(x));
        if (size > 0) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double[] y = x.clone();
                y[size - 1] = bad;
                assertFalse(backend.allFinite(y), bad + " at the end");
                y = x.clone();
                y[size / 2] = bad;
                assertFalse(backend.allFinite(y), bad + " in the middle");
            }
        }
    }

    static Stream<KernelBackend> eachBackend() {
        return backends().stream().map(Supplier::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachBackend")
    void aWrongShapeIsRefusedNamingTheArrayAndBothDimensions(KernelBackend backend) {
        double[] small = new double[5];
        // a is 3 × 4 = 12 values, but holds 5; large enough a product for the fast path too
        for (int n : new int[] {2, 1000}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> backend.multiply(small, new double[4 * n], new double[3 * n], 3, 4, n));
            assertTrue(e.getMessage().contains("a") && e.getMessage().contains("3 × 4"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> backend.copy(new double[3], new double[4]));
    }
}
