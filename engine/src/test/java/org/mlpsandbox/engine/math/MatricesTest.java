package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each kernel against a naive triple loop, on odd shapes (including one row, and k not a multiple of four). */
class MatricesTest {

    /** n values uniform in (−2, 2), from the seed (shared with the other tests of this package). */
    static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-2, 2);
        }
        return x;
    }

    /** (row r, col c) of a row-major matrix with {@code cols} columns. */
    private static double at(double[] m, int cols, int r, int c) {
        return m[r * cols + c];
    }

    /** The same product through the plain loops and through the row kernels (which go fast above a size). */
    private static final JavaKernels KERNELS = new JavaKernels();

    @ParameterizedTest
    @CsvSource({"1,1,1", "1,7,3", "3,5,7", "10,2,9", "7,13,5", "32,784,10", "5,4,1", "2,9,4", "33,101,17",
            "1,300,40", "17,64,1", "32,784,100", "10,8,8", "9,8,8", "11,3,17", "2,1,2"})
    void multiplyTransposeBMatchesNaive(int m, int k, int n) {
        double[] a = random(m * k, 1);
        double[] b = random(n * k, 2);
        double[] bias = random(n, 3);
        double[] c = new double[m * n];
        double[] fast = new double[m * n];
        Matrices.multiplyTransposeB(a, b, bias, c, m, k, n, new double[k * n]);
        KERNELS.multiplyTransposeB(a, b, bias, fast, m, k, n);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = bias[j];
                for (int p = 0; p < k; p++) {
                    s += at(a, k, i, p) * at(b, k, j, p);
                }
                expected[i * n + j] = s;
            }
        }
        assertArrayEquals(expected, c, 1e-12);
        assertArrayEquals(expected, fast, 1e-12);
        Matrices.multiplyTransposeB(a, b, null, c, m, k, n, new double[k * n]);
        KERNELS.multiplyTransposeB(a, b, null, fast, m, k, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                expected[i * n + j] -= bias[j];
            }
        }
        assertArrayEquals(expected, c, 1e-12);
        assertArrayEquals(expected, fast, 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,1,4", "3,5,7", "10,2,9", "7,13,5", "10,32,100", "4,7,1", "1,6,3", "100,32,784",
            "17,33,101", "40,1,300", "1,17,64"})
    void multiplyTransposeAMatchesNaive(int m, int k, int n) {
        double[] a = random(k * m, 4);
        double[] b = random(k * n, 5);
        double[] c = random(m * n, 6); // garbage that must be overwritten
        double[] fast = random(m * n, 6);
        Matrices.multiplyTransposeA(a, b, c, m, k, n);
        double squares = KERNELS.multiplyTransposeA(a, b, fast, m, k, n);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += at(a, m, p, i) * at(b, n, p, j);
                }
                expected[i * n + j] = s;
            }
        }
        assertArrayEquals(expected, c, 1e-12);
        assertArrayEquals(expected, fast, 1e-12);
        double naive = 0;
        for (double v : expected) {
            naive += v * v;
        }
        assertEquals(naive, squares, 1e-12 * Math.max(1, naive), "Σ c², returned with the product");
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "1,5,3", "3,5,7", "10,2,9", "7,13,5", "32,10,100", "3,4,1", "32,100,784", "33,17,101",
            "1,300,40"})
    void multiplyMatchesNaive(int m, int k, int n) {
        double[] a = random(m * k, 7);
        double[] b = random(k * n, 8);
        double[] c = random(m * n, 9);
        double[] fast = random(m * n, 9);
        Matrices.multiply(a, b, c, m, k, n);
        KERNELS.multiply(a, b, fast, m, k, n);
        double[] expected = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += at(a, k, i, p) * at(b, n, p, j);
                }
                expected[i * n + j] = s;
            }
        }
        assertArrayEquals(expected, c, 1e-12);
        assertArrayEquals(expected, fast, 1e-12);
    }

    @Test
    void transposeTurnsRowsIntoColumns() {
        double[] a = {1, 2, 3, 4, 5, 6}; // 2 × 3
        double[] t = new double[6];
        Matrices.transpose(a, 2, 3, t);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, t);
    }

    @Test
    void columnSumsUsesOnlyTheGivenRows() {
        double[] a = {1, 2, 3, 4, 5, 6, 100, 100, 100};
        double[] out = {9, 9, 9};
        Matrices.columnSums(a, out, 2, 3);
        assertArrayEquals(new double[] {5, 7, 9}, out);
    }

    /** Every way the fast kernels group the rows of k (sixes, fours, single rows), on both kinds of product. */
    @Test
    void everyGroupingOfKMatchesTheSmallLoops() {
        for (int k = 1; k <= 20; k++) {
            int sixes = RowLoops.sixesFor(k);
            int rest = k - 6 * sixes;
            assertTrue(sixes >= 0 && rest >= 0 && (rest % 4 < 2 || sixes == 0), "k = " + k + ": " + sixes + " sixes");
            int m = 20;
            int n = 300; // m·k·n is over JavaKernels.SMALL from k = 1
            double[] a = random(m * k, 10 + k);
            double[] b = random(k * n, 30 + k);
            double[] plain = new double[m * n];
            double[] fast = new double[m * n];
            Matrices.multiply(a, b, plain, m, k, n);
            KERNELS.multiply(a, b, fast, m, k, n);
            assertArrayEquals(plain, fast, 1e-12, "a·b, k = " + k);
            double[] bias = random(n, 50 + k);
            double[] bT = random(n * k, 70 + k);
            Matrices.multiplyTransposeB(a, bT, bias, plain, m, k, n, new double[k * n]);
            KERNELS.multiplyTransposeB(a, bT, bias, fast, m, k, n);
            assertArrayEquals(plain, fast, 1e-12, "a·bᵀ, k = " + k);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1", "10,8", "10,1", "3,17", "7,9", "32,100"})
    void columnSumsMatchesNaive(int m, int n) {
        double[] a = random(m * n, 8);
        double[] out = random(n + 1, 9);
        double last = out[n];
        Matrices.columnSums(a, out, m, n);
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i * n + j];
            }
            assertEquals(s, out[j], 1e-12, "column " + j);
        }
        assertEquals(last, out[n], "values past n are left alone");
    }

    @Test
    void shapeErrorsNameTheMatrixAndBothDimensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.multiply(new double[6], new double[5], new double[6], 2, 3, 2));
        assertTrue(e.getMessage().contains("b should be 3 × 2"), e.getMessage());
        IllegalArgumentException scratch = assertThrows(IllegalArgumentException.class,
                () -> Matrices.multiplyTransposeB(new double[6], new double[6], null, new double[4], 2, 3, 2,
                        new double[5]));
        assertTrue(scratch.getMessage().contains("the scratch for bᵀ should be 3 × 2"), scratch.getMessage());
    }

    @Test
    void sumOfSquaresAndFiniteCheckCoverEveryValueOfTheRange() {
        for (int n = 0; n <= 19; n++) {
            double[] x = random(n + 2, 7);
            double naive = 0;
            for (int i = 1; i <= n; i++) {
                naive += x[i] * x[i];
            }
            assertEquals(naive, Matrices.sumOfSquares(x, 1, n + 1), 1e-12, "n = " + n);
            assertTrue(Matrices.allFinite(x, 1, n + 1));
            for (int at = 1; at <= n; at++) {
                double[] y = x.clone();
                y[at] = new double[] {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}[at % 3];
                assertTrue(!Matrices.allFinite(y, 1, n + 1), "n = " + n + ", bad value " + y[at] + " at " + at);
                y[at] = at % 2 == 0 ? Double.MAX_VALUE : -Double.MIN_VALUE; // extreme but finite
                assertTrue(Matrices.allFinite(y, 1, n + 1), "n = " + n + ", finite " + y[at] + " at " + at);
            }
            // values outside the range do not count
            x[0] = Double.NaN;
            x[n + 1] = Double.POSITIVE_INFINITY;
            assertTrue(Matrices.allFinite(x, 1, n + 1));
        }
    }
}
