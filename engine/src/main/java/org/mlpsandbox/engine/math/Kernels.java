package org.mlpsandbox.engine.math;

import java.util.Arrays;

/**
 * The fast versions of the three products in {@link Matrices}: same arguments, same results (up to rounding order),
 * but each inner loop runs over whole row arrays indexed from 0, and large products are split over two threads.
 *
 * <p>Why rows: HotSpot's auto-vectoriser (JDK 17 to 25, measured) only turns a loop into SIMD code when every array
 * in it is indexed by the same expression. A loop over a flat matrix row, {@code c[ci + j] += x * b[bp + j]}, stays
 * scalar (about 1 GMAC/s here); the same loop over separate row arrays, {@code c[j] += x * b[j]}, runs at 7 to 10
 * GMAC/s. So the operands are copied into preallocated row arrays first (O(m·k + k·n) copies against O(m·k·n)
 * multiply-adds) and the result is copied back. The flat arrays stay the engine's storage; this class is a cache.
 *
 * <p>Two threads: a product of at least {@link #SPLIT} multiply-adds is cut into two halves by rows or columns of the
 * result, and the {@link Helper} thread computes one of them. Every result value is computed by one thread in the
 * same order either way, so a split product equals an unsplit one to the last bit.
 *
 * <p>Scratch rows grow to the largest shape seen and are then reused: after the first batch nothing is allocated.
 * Products smaller than {@link #SMALL} multiply-adds go to the plain loops of {@link Matrices}, which win there.
 * Not thread-safe: one instance per thread (each {@code Workspace} has its own).
 */
public final class Kernels {

    /** Below this many multiply-adds the copies cost more than vectorising saves. */
    static final long SMALL = 4096;
    /** From this many multiply-adds a product is split with the helper thread (about 50 µs of work). */
    static final long SPLIT = 1L << 18;
    /** Rows of bᵀ transposed at a time in the forward product. */
    private static final int BLOCK = 32;

    private static final int FORWARD = 0;
    private static final int ROWS_TIMES_B = 1;

    /** Scratch and arguments for the helper's half, or {@code null} when products are not split. */
    private final HelperHalf helperHalf;
    private double[][] operandRows = new double[0][];
    private double[][] resultRows = new double[0][];
    private double[] accumulator = new double[0];

    /** Kernels that split large products with the helper thread when the machine has a second processor. */
    public Kernels() {
        this(Helper.available());
    }

    /** @param twoThreads whether large products may be split with the helper thread */
    public Kernels(boolean twoThreads) {
        this.helperHalf = twoThreads ? new HelperHalf() : null;
    }

    /** c = a · bᵀ (+ bias on every row), as {@link Matrices#multiplyTransposeB}. */
    public void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiplyTransposeB(a, b, bias, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, n, k, "b");
        Matrices.checkShape(c, m, n, "c");
        int mid = n;
        Helper.Handle other = null;
        if (splits(m, k, n)) {
            mid = n / 2;
            other = helperHalf.start(FORWARD, a, b, bias, c, m, k, n, 0, 0, mid, n);
            mid = other == null ? n : mid;
        }
        try {
            forwardColumns(a, b, bias, c, m, k, n, 0, mid);
        } finally {
            if (other != null) {
                other.join();
            }
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
        rowsTimesBSplit(a, 1, m, b, c, m, k, n);
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
        rowsTimesBSplit(a, k, 1, b, c, m, k, n);
    }

    private boolean splits(int m, int k, int n) {
        return helperHalf != null && (long) m * k * n >= SPLIT;
    }

    /** {@link #rowsTimesB} over all m rows of c, half of them on the helper thread when the product is large. */
    private void rowsTimesBSplit(double[] a, int rowStride, int colStride, double[] b, double[] c, int m, int k,
                                 int n) {
        int mid = m;
        Helper.Handle other = null;
        if (splits(m, k, n) && m >= 2) {
            mid = m / 2;
            other = helperHalf.start(ROWS_TIMES_B, a, b, null, c, m, k, n, rowStride, colStride, mid, m);
            mid = other == null ? m : mid;
        }
        try {
            rowsTimesB(a, rowStride, colStride, b, c, k, n, 0, mid);
        } finally {
            if (other != null) {
                other.join();
            }
        }
    }

    /**
     * Columns {@code j0 .. j1} of c = a · bᵀ + bias. Row i of c accumulates a[i][p] · (row p of bᵀ), a block of
     * {@link #BLOCK} values of p at a time: the block's rows of bᵀ are transposed just before they are used, so they
     * and the rows of c stay in the fastest cache.
     */
    private void forwardColumns(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n, int j0,
                                int j1) {
        int w = j1 - j0;
        double[][] cr = resultRows(m, w);
        for (int i = 0; i < m; i++) {
            if (bias == null) {
                Arrays.fill(cr[i], 0, w, 0.0);
            } else {
                System.arraycopy(bias, j0, cr[i], 0, w);
            }
        }
        double[][] bt = operandRows(BLOCK, w);
        for (int p0 = 0; p0 < k; p0 += BLOCK) {
            int len = Math.min(BLOCK, k - p0);
            for (int j = 0; j < w; j++) {
                int bj = (j0 + j) * k + p0;
                for (int q = 0; q < len; q++) {
                    bt[q][j] = b[bj + q];
                }
            }
            for (int i = 0; i < m; i++) {
                double[] acc = cr[i];
                int ai = i * k + p0;
                int q = 0;
                for (; q + 3 < len; q += 4) {
                    addRows(acc, a[ai + q], bt[q], a[ai + q + 1], bt[q + 1], a[ai + q + 2], bt[q + 2], a[ai + q + 3],
                            bt[q + 3], w);
                }
                for (; q < len; q++) {
                    addRow(acc, a[ai + q], bt[q], w);
                }
            }
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(cr[i], 0, c, i * n + j0, w);
        }
    }

    /**
     * Rows {@code i0 .. i1} of c (m × n) = x · b, where x is m × k with element (i, p) at
     * {@code a[i·rowStride + p·colStride]} (so one method serves a and aᵀ) and b is a flat k × n matrix: row i of c
     * accumulates x[i][p] · (row p of b).
     */
    private void rowsTimesB(double[] a, int rowStride, int colStride, double[] b, double[] c, int k, int n, int i0,
                            int i1) {
        double[][] br = copyRows(b, k, n);
        double[] acc = accumulator(n);
        for (int i = i0; i < i1; i++) {
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

    private double[][] resultRows(int rows, int cols) {
        resultRows = ensure(resultRows, rows, cols);
        return resultRows;
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

    /**
     * The helper thread's half of one product: its own scratch (a single-threaded {@code Kernels}) and the arguments,
     * kept in fields so that handing a half over allocates nothing.
     */
    private static final class HelperHalf implements Runnable {
        private final Kernels kernels = new Kernels(false);
        private int op;
        private double[] a;
        private double[] b;
        private double[] bias;
        private double[] c;
        private int m;
        private int k;
        private int n;
        private int rowStride;
        private int colStride;
        private int from;
        private int to;

        /** Hands the rows or columns {@code from .. to} of the product to the helper; {@code null} if it is busy. */
        Helper.Handle start(int op, double[] a, double[] b, double[] bias, double[] c, int m, int k, int n,
                            int rowStride, int colStride, int from, int to) {
            this.op = op;
            this.a = a;
            this.b = b;
            this.bias = bias;
            this.c = c;
            this.m = m;
            this.k = k;
            this.n = n;
            this.rowStride = rowStride;
            this.colStride = colStride;
            this.from = from;
            this.to = to;
            return Helper.tryStart(this);
        }

        @Override
        public void run() {
            if (op == FORWARD) {
                kernels.forwardColumns(a, b, bias, c, m, k, n, from, to);
            } else {
                kernels.rowsTimesB(a, rowStride, colStride, b, c, k, n, from, to);
            }
        }
    }
}
