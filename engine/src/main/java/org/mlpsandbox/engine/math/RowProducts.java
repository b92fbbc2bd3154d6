package org.mlpsandbox.engine.math;

import java.util.Arrays;

/**
 * One thread's share of the products of {@link JavaKernels}, over row arrays, with that thread's scratch rows (which
 * grow to the largest shape seen and are then reused). Each thread that computes a half of a product has its own.
 */
final class RowProducts {

    /** Rows of bᵀ used at a time in the forward product. */
    private static final int BLOCK = 36;

    private double[][] operandRows = new double[0][];
    private double[][] resultRows = new double[0][];
    private double[] accumulator = new double[0];
    /** Per-column partial sums of c² in the gradient product. */
    private double[] squareRow = new double[0];

    /**
     * The part of a · bᵀ (b is n × k) from {@code p0 .. p1} of k, plus the bias if given, into this object's result
     * rows. Row i accumulates a[i][p] · (row p of bᵀ), {@link #BLOCK} values of p at a time: the block's rows of bᵀ are
     * transposed from b just before they are used, so they and the result rows stay in the fastest cache.
     */
    void forwardPart(double[] a, double[] b, double[] bias, int m, int k, int n, int p0, int p1) {
        double[][] cr = resultRows(m, n);
        for (int i = 0; i < m; i++) {
            if (bias == null) {
                Arrays.fill(cr[i], 0, n, 0.0);
            } else {
                System.arraycopy(bias, 0, cr[i], 0, n);
            }
        }
        double[][] bt = operandRows(BLOCK, n);
        for (int start = p0; start < p1; start += BLOCK) {
            int len = Math.min(BLOCK, p1 - start);
            for (int j = 0; j < n; j++) {
                int from = j * k + start;
                for (int q = 0; q < len; q++) {
                    bt[q][j] = b[from + q];
                }
            }
            int sixes = RowLoops.sixesFor(len);
            for (int i = 0; i < m; i++) {
                double[] acc = cr[i];
                int ai = i * k + start;
                int q = 0;
                for (int g = 0; g < sixes; g++, q += 6) {
                    RowLoops.addSixRows(acc, a[ai + q], bt[q], a[ai + q + 1], bt[q + 1], a[ai + q + 2], bt[q + 2],
                            a[ai + q + 3], bt[q + 3], a[ai + q + 4], bt[q + 4], a[ai + q + 5], bt[q + 5], n);
                }
                for (; q + 3 < len; q += 4) {
                    RowLoops.addFourRows(acc, a[ai + q], bt[q], a[ai + q + 1], bt[q + 1], a[ai + q + 2], bt[q + 2],
                            a[ai + q + 3], bt[q + 3], n);
                }
                for (; q < len; q++) {
                    RowLoops.addRow(acc, a[ai + q], bt[q], n);
                }
            }
        }
    }

    /**
     * Rows {@code i0 .. i1} of c (m × n) = x · b, where x is m × k with element (i, p) at
     * {@code a[i·rowStride + p·colStride]} (so one method serves a and aᵀ) and b is k × n, given as rows: row i of c
     * accumulates x[i][p] · (row p of b).
     *
     * @param squares whether to return Σ c² over these rows: column by column in a row of partial sums (a loop the
     *                JIT vectorises), added up at the end
     * @return Σ c² over these rows when {@code squares}, else 0
     */
    double rowsTimesB(double[] a, int rowStride, int colStride, double[][] br, double[] c, int k, int n,
                      int i0, int i1, boolean squares) {
        double[] acc = accumulator(n);
        double[] columnSquares = squares ? squareRow(n) : null;
        int sixes = RowLoops.sixesFor(k);
        for (int i = i0; i < i1; i++) {
            int ai = i * rowStride;
            int p = 0;
            if (sixes > 0) {
                // the first six rows set acc, which saves clearing it first
                RowLoops.setSixRows(acc, a[ai], br[0], a[ai + colStride], br[1], a[ai + 2 * colStride], br[2],
                        a[ai + 3 * colStride], br[3], a[ai + 4 * colStride], br[4], a[ai + 5 * colStride], br[5], n);
                p = 6;
            } else {
                Arrays.fill(acc, 0, n, 0.0);
            }
            for (int g = 1; g < sixes; g++, p += 6) {
                RowLoops.addSixRows(acc, a[ai + p * colStride], br[p], a[ai + (p + 1) * colStride], br[p + 1],
                        a[ai + (p + 2) * colStride], br[p + 2], a[ai + (p + 3) * colStride], br[p + 3],
                        a[ai + (p + 4) * colStride], br[p + 4], a[ai + (p + 5) * colStride], br[p + 5], n);
            }
            for (; p + 3 < k; p += 4) {
                RowLoops.addFourRows(acc, a[ai + p * colStride], br[p], a[ai + (p + 1) * colStride], br[p + 1],
                        a[ai + (p + 2) * colStride], br[p + 2], a[ai + (p + 3) * colStride], br[p + 3], n);
            }
            for (; p < k; p++) {
                RowLoops.addRow(acc, a[ai + p * colStride], br[p], n);
            }
            System.arraycopy(acc, 0, c, i * n, n);
            if (squares) {
                for (int j = 0; j < n; j++) {
                    columnSquares[j] += acc[j] * acc[j];
                }
            }
        }
        return squares ? RowLoops.total(columnSquares, n) : 0;
    }

    /** The rows of a flat {@code rows × cols} matrix, copied into the operand scratch. */
    double[][] copyRows(double[] flat, int rows, int cols) {
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

    double[][] resultRows(int rows, int cols) {
        resultRows = ensure(resultRows, rows, cols);
        return resultRows;
    }

    /** The row of per-column partial sums of squares, cleared. */
    private double[] squareRow(int n) {
        if (squareRow.length < n) {
            squareRow = new double[n];
        }
        Arrays.fill(squareRow, 0, n, 0.0);
        return squareRow;
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
        return new double[Math.max(rows, scratch.length)][newCols];
    }
}
