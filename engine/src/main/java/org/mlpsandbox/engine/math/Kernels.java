package org.mlpsandbox.engine.math;

import java.util.Arrays;

/**
 * The fast versions of the three products in {@link Matrices}, for one thread: same arguments, same results (up to
 * rounding order), but each inner loop runs over whole row arrays indexed from 0.
 *
 * <p>Why rows: HotSpot's auto-vectoriser (JDK 17 to 25, measured) only turns a loop into SIMD code when every array
 * in it is indexed by the same expression. A loop over a flat matrix row, {@code c[ci + j] += x * b[bp + j]}, stays
 * scalar (about 1 GMAC/s here); the same loop over separate row arrays, {@code c[j] += x * b[j]}, runs at 7 to 10
 * GMAC/s. So the operands are copied into preallocated row arrays first (O(m·k + k·n) copies against O(m·k·n)
 * multiply-adds) and the result is copied back. The flat arrays stay the engine's storage; this class is a cache.
 *
 * <p>Scratch rows grow to the largest shape seen and are then reused: after the first batch nothing is allocated.
 * Products smaller than {@link #SMALL} multiply-adds go to the plain loops of {@link Matrices}, which win there.
 */
public final class Kernels {

    /** Below this many multiply-adds the copies cost more than vectorising saves. */
    static final long SMALL = 4096;

    private double[][] operandRows = new double[0][];
    private double[] accumulator = new double[0];

    /** c = a · bᵀ (+ bias on every row), as {@link Matrices#multiplyTransposeB}. */
    public void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiplyTransposeB(a, b, bias, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, n, k, "b");
        Matrices.checkShape(c, m, n, "c");
        // row i of c accumulates a[i][p] · (row p of bᵀ): the inner loop runs along a row of the output
        double[][] bt = operandRows(k, n);
        for (int p = 0; p < k; p++) {
            double[] row = bt[p];
            for (int j = 0; j < n; j++) {
                row[j] = b[j * k + p];
            }
        }
        double[] acc = accumulator(n);
        for (int i = 0; i < m; i++) {
            if (bias == null) {
                Arrays.fill(acc, 0, n, 0.0);
            } else {
                System.arraycopy(bias, 0, acc, 0, n);
            }
            int ai = i * k;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                addRows(acc, a[ai + p], bt[p], a[ai + p + 1], bt[p + 1], a[ai + p + 2], bt[p + 2], a[ai + p + 3],
                        bt[p + 3], n);
            }
            for (; p < k; p++) {
                addRow(acc, a[ai + p], bt[p], n);
            }
            System.arraycopy(acc, 0, c, i * n, n);
        }
    }

    /** c = aᵀ · b, as {@link Matrices#multiplyTransposeA}: the weight gradient dW = δᵀ·A. */
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiplyTransposeA(a, b, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, k, m, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        // element (i, p) of aᵀ is a[p·m + i]
        rowsTimesB(a, 1, m, b, c, m, k, n);
    }

    /** c = a · b, as {@link Matrices#multiply}: the error passed back, dA = δ·W. */
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiply(a, b, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        // element (i, p) of a is a[i·k + p]
        rowsTimesB(a, k, 1, b, c, m, k, n);
    }

    /**
     * c (m × n) = x · b, where x is m × k with element (i, p) at {@code a[i·rowStride + p·colStride]} (so one method
     * serves a and aᵀ) and b is a flat k × n matrix: row i of c accumulates x[i][p] · (row p of b).
     */
    private void rowsTimesB(double[] a, int rowStride, int colStride, double[] b, double[] c, int m, int k, int n) {
        double[][] br = copyRows(b, k, n);
        double[] acc = accumulator(n);
        for (int i = 0; i < m; i++) {
            Arrays.fill(acc, 0, n, 0.0);
            int ai = i * rowStride;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                addRows(acc, a[ai + p * colStride], br[p], a[ai + (p + 1) * colStride], br[p + 1],
                        a[ai + (p + 2) * colStride], br[p + 2], a[ai + (p + 3) * colStride], br[p + 3], n);
            }
            for (; p < k; p++) {
                addRow(acc, a[ai + p * colStride], br[p], n);
            }
            System.arraycopy(acc, 0, c, i * n, n);
        }
    }

    /** acc += x0·b0 + x1·b1 + x2·b2 + x3·b3 over the first n values: the vectorised inner loop of every product. */
    private static void addRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2, double[] b2,
                                double x3, double[] b3, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
    }

    /** acc += x·b over the first n values. */
    private static void addRow(double[] acc, double x, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += x * b[j];
        }
    }

    /** The rows of a flat {@code rows × cols} matrix, copied into the operand scratch. */
    private double[][] copyRows(double[] flat, int rows, int cols) {
        double[][] r = operandRows(rows, cols);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, r[i], 0, cols);
        }
        return r;
    }

    private double[][] operandRows(int rows, int cols) {
        operandRows = ensure(operandRows, rows, cols);
        return operandRows;
    }

    private double[] accumulator(int n) {
        if (accumulator.length < n) {
            accumulator = new double[n];
        }
        return accumulator;
    }

    /** At least {@code rows} arrays of at least {@code cols} values; grows, never shrinks. */
    private static double[][] ensure(double[][] scratch, int rows, int cols) {
        if (scratch.length >= rows && (rows == 0 || scratch[0].length >= cols)) {
            return scratch;
        }
        int newCols = Math.max(cols, scratch.length == 0 ? 0 : scratch[0].length);
        double[][] grown = new double[Math.max(rows, scratch.length)][newCols];
        return grown;
    }
}
