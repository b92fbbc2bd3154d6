package org.mlpsandbox.engine.math;

import java.util.Arrays;

/**
 * The fast versions of the three products in {@link Matrices}: same arguments, same results (up to rounding order),
 * but each inner loop runs over whole row arrays indexed from 0, and large products are split over two threads. Also
 * the passes over whole parameter arrays that training makes every step (copy, sum of squares, finite check), split
 * the same way when the arrays are large.
 *
 * <p>Why rows: HotSpot's auto-vectoriser (JDK 17 to 25, measured) only turns a loop into SIMD code when every array
 * in it is indexed by the same expression. A loop over a flat matrix row, {@code c[ci + j] += x * b[bp + j]}, stays
 * scalar (about 1 GMAC/s here); the same loop over separate row arrays, {@code c[j] += x * b[j]}, runs at 7 to 10
 * GMAC/s. So the operands are copied into preallocated row arrays first (O(m·k + k·n) copies against O(m·k·n)
 * multiply-adds) and the result is copied back. The flat arrays stay the engine's storage; this class is a cache.
 *
 * <p>Two threads: a product of at least {@link #SPLIT} multiply-adds is cut in two halves (the gradient products by
 * rows of the result, the forward product by halves of k, whose partial results are then added), and the
 * {@link Helper} thread computes one of them. Whether a product is cut depends only on its shape, and a cut product is
 * always computed as the same two halves, by the helper or, when it is busy or switched off, one after the other here.
 * So a run gives the same numbers to the last bit with one thread or two.
 *
 * <p>Scratch rows grow to the largest shape seen and are then reused: after the first batch nothing is allocated.
 * Products smaller than {@link #SMALL} multiply-adds go to the plain loops of {@link Matrices}, which win there.
 * Not thread-safe: one instance per thread (each {@code Workspace} has its own).
 */
public final class JavaKernels implements KernelBackend {

    /** Below this many multiply-adds the copies cost more than vectorising saves. */
    static final long SMALL = 4096;
    /**
     * From this many multiply-adds a product is split with the helper thread (about 200 µs of work; smaller products
     * gain too little to pay for the hand-over when the other processor is also busy, e.g. drawing the app).
     */
    static final long SPLIT = 1L << 20;
    /** From this many values a pass over an array is split with the helper thread. */
    static final int PASS_SPLIT = 1 << 16;
    /** Rows of bᵀ used at a time in the forward product. */
    private static final int BLOCK = 36;

    private static final int FORWARD = 0;
    private static final int ROWS_TIMES_B = 1;
    private static final int COPY = 2;
    private static final int SQUARES = 3;
    private static final int FINITE = 4;

    /** Whether large products may be split with the helper thread. */
    private final boolean useHelper;
    /** The scratch arrays of the upper half of a split product (on the helper thread, or here if it is busy). */
    private final JavaKernels partner;
    /** The product being computed. */
    private final Call call = new Call();
    private double[][] operandRows = new double[0][];
    private double[][] resultRows = new double[0][];
    private double[] accumulator = new double[0];
    /** Per-column partial sums of c² in the gradient product. */
    private double[] squareRow = new double[0];
    /** bᵀ for the small forward products of {@link Matrices}. */
    private double[] transposed = new double[0];

    /** JavaKernels that split large products with the helper thread when the machine has a second processor. */
    public JavaKernels() {
        this(Helper.available());
    }

    /** @param twoThreads whether large products may be split with the helper thread */
    public JavaKernels(boolean twoThreads) {
        this(twoThreads, new JavaKernels(false, null));
    }

    private JavaKernels(boolean twoThreads, JavaKernels partner) {
        this.useHelper = twoThreads;
        this.partner = partner;
    }

    @Override
    public String name() {
        return "java";
    }

    /** c = a · bᵀ (+ bias on every row), as {@link Matrices#multiplyTransposeB}. */
    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL && m > 0) {
            if (transposed.length < k * n) {
                transposed = new double[k * n];
            }
            Matrices.multiplyTransposeB(a, b, bias, c, m, k, n, transposed);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, n, k, "b");
        Matrices.checkShape(c, m, n, "c");
        // each half of the products runs over half of k, for all of c, and the two partial results are added: rows
        // of c stay whole (the vectorised loop starts and ends value by value, which costs more on short rows), and
        // neither thread reads what the other wrote until the end
        call.set(FORWARD, a, b, null, bias, c, m, k, n);
        boolean split = (long) m * k * n >= SPLIT;
        inHalves(k, split);
        double[][] lower = resultRows(m, n);
        double[][] upper = split ? partner.resultRows(m, n) : null;
        for (int i = 0; i < m; i++) {
            double[] row = lower[i];
            int ci = i * n;
            if (upper == null) {
                System.arraycopy(row, 0, c, ci, n);
            } else {
                double[] other = upper[i];
                for (int j = 0; j < n; j++) {
                    c[ci + j] = row[j] + other[j];
                }
            }
        }
    }

    /**
     * c = aᵀ · b, as {@link Matrices#multiplyTransposeA}: the weight gradient dW = δᵀ·A.
     *
     * @return Σ c², the squared norm of the gradient, which training needs every step: here it costs one vectorised
     *         pass over each row of c while the row is still in the fastest cache, instead of a pass over all of c
     */
    @Override
    public double multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiplyTransposeA(a, b, c, m, k, n);
            return Matrices.sumOfSquares(c, 0, m * n);
        }
        Matrices.checkShape(a, k, m, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        // element (i, p) of aᵀ is a[p·m + i]
        return rowsTimesBInHalves(a, 1, m, b, c, m, k, n, true);
    }

    /** c = a · b, as {@link Matrices#multiply}: the error passed back, dA = δ·W. */
    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            Matrices.multiply(a, b, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        // element (i, p) of a is a[i·k + p]
        rowsTimesBInHalves(a, k, 1, b, c, m, k, n, false);
    }

    /**
     * {@link #rowsTimesB} over all m rows of c, in two halves of rows when the product is large.
     *
     * @return Σ c² when {@code squares}, else 0
     */
    private double rowsTimesBInHalves(double[] a, int rowStride, int colStride, double[] b, double[] c, int m, int k,
                                      int n, boolean squares) {
        call.set(ROWS_TIMES_B, a, null, copyRows(b, k, n), null, c, m, k, n);
        call.rowStride = rowStride;
        call.colStride = colStride;
        call.squares = squares;
        return inHalves(m, (long) m * k * n >= SPLIT);
    }

    /** dst ← src (same length), half on the helper thread for large arrays. */
    @Override
    public void copy(double[] src, double[] dst) {
        if (dst.length != src.length) {
            throw new IllegalArgumentException("copy of " + src.length + " values into " + dst.length);
        }
        if (smallPass(src.length)) {
            System.arraycopy(src, 0, dst, 0, src.length);
            return;
        }
        call.set(COPY, src, null, null, null, dst, 0, 0, 0);
        inHalves(src.length, true);
    }

    /** Σ x², as {@link Matrices#sumOfSquares}, half on the helper thread for large arrays. */
    @Override
    public double sumOfSquares(double[] x) {
        if (smallPass(x.length)) {
            return Matrices.sumOfSquares(x, 0, x.length);
        }
        call.set(SQUARES, x, null, null, null, null, 0, 0, 0);
        return inHalves(x.length, true);
    }

    /** Whether every value is finite, as {@link Matrices#allFinite}, half on the helper thread for large arrays. */
    @Override
    public boolean allFinite(double[] x) {
        if (smallPass(x.length)) {
            return Matrices.allFinite(x, 0, x.length);
        }
        call.set(FINITE, x, null, null, null, null, 0, 0, 0);
        return inHalves(x.length, true) == 0.0;
    }

    /** Whether a pass over n values is too short to split (then it skips the hand-over bookkeeping too). */
    private static boolean smallPass(int n) {
        return n < PASS_SPLIT;
    }

    /**
     * Runs the current {@link #call} over {@code 0 .. count}: in two halves when {@code split} (the work is at least
     * {@link #SPLIT} or {@link #PASS_SPLIT}), the upper one on the helper thread if there is one and it is free (else
     * here, after the lower one), otherwise all at once.
     *
     * @return the sum of the halves' results (for the passes that compute one), lower half first
     */
    private double inHalves(int count, boolean split) {
        if (!split || count < 2) {
            return call.run(this, 0, count);
        }
        // always two halves from here, with or without the helper, so that sums come out the same on any machine
        int mid = count / 2;
        call.helperFrom = mid;
        call.helperTo = count;
        Helper.Handle other = useHelper ? Helper.tryStart(call) : null;
        double lower;
        try {
            lower = call.run(this, 0, mid);
        } finally {
            if (other != null) {
                other.join();
            }
        }
        double upper = other != null ? call.helperResult : call.run(partner, mid, count);
        return lower + upper;
    }

    /**
     * The part of a · bᵀ (b is n × k) from {@code p0 .. p1} of k, plus the bias if given, into this object's result
     * rows. Row i accumulates a[i][p] · (row p of bᵀ), {@link #BLOCK} values of p at a time: the block's rows of bᵀ are
     * transposed from b just before they are used, so they and the result rows stay in the fastest cache.
     */
    private void forwardPart(double[] a, double[] b, double[] bias, int m, int k, int n, int p0, int p1) {
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
            int sixes = sixesFor(len);
            for (int i = 0; i < m; i++) {
                double[] acc = cr[i];
                int ai = i * k + start;
                int q = 0;
                for (int g = 0; g < sixes; g++, q += 6) {
                    addSixRows(acc, a[ai + q], bt[q], a[ai + q + 1], bt[q + 1], a[ai + q + 2], bt[q + 2], a[ai + q + 3],
                            bt[q + 3], a[ai + q + 4], bt[q + 4], a[ai + q + 5], bt[q + 5], n);
                }
                for (; q + 3 < len; q += 4) {
                    addFourRows(acc, a[ai + q], bt[q], a[ai + q + 1], bt[q + 1], a[ai + q + 2], bt[q + 2],
                            a[ai + q + 3], bt[q + 3], n);
                }
                for (; q < len; q++) {
                    addRow(acc, a[ai + q], bt[q], n);
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
    private double rowsTimesB(double[] a, int rowStride, int colStride, double[][] br, double[] c, int k, int n,
                              int i0, int i1, boolean squares) {
        double[] acc = accumulator(n);
        double[] columnSquares = squares ? squareRow(n) : null;
        int sixes = sixesFor(k);
        for (int i = i0; i < i1; i++) {
            int ai = i * rowStride;
            int p = 0;
            if (sixes > 0) {
                // the first six rows set acc, which saves clearing it first
                setSixRows(acc, a[ai], br[0], a[ai + colStride], br[1], a[ai + 2 * colStride], br[2],
                        a[ai + 3 * colStride], br[3], a[ai + 4 * colStride], br[4], a[ai + 5 * colStride], br[5], n);
                p = 6;
            } else {
                Arrays.fill(acc, 0, n, 0.0);
            }
            for (int g = 1; g < sixes; g++, p += 6) {
                addSixRows(acc, a[ai + p * colStride], br[p], a[ai + (p + 1) * colStride], br[p + 1],
                        a[ai + (p + 2) * colStride], br[p + 2], a[ai + (p + 3) * colStride], br[p + 3],
                        a[ai + (p + 4) * colStride], br[p + 4], a[ai + (p + 5) * colStride], br[p + 5], n);
            }
            for (; p + 3 < k; p += 4) {
                addFourRows(acc, a[ai + p * colStride], br[p], a[ai + (p + 1) * colStride], br[p + 1],
                        a[ai + (p + 2) * colStride], br[p + 2], a[ai + (p + 3) * colStride], br[p + 3], n);
            }
            for (; p < k; p++) {
                addRow(acc, a[ai + p * colStride], br[p], n);
            }
            System.arraycopy(acc, 0, c, i * n, n);
            if (squares) {
                for (int j = 0; j < n; j++) {
                    columnSquares[j] += acc[j] * acc[j];
                }
            }
        }
        return squares ? total(columnSquares, n) : 0;
    }

    /**
     * acc += x0·b0 + x1·b1 + … + x5·b5 over the first n values: the vectorised inner loop of every product. Six rows
     * at a time: each call starts and ends its loop value by value, so more rows per call is faster (measured: 15 %
     * over four), but with eight the JIT no longer vectorises the loop. With fused multiply-adds where the processor
     * has them (one instruction and one rounding per term instead of two); {@link Fma#ON} is a constant, so the JIT
     * keeps only one of the two loops.
     */
    private static void addSixRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2, double[] b2,
                                double x3, double[] b3, double x4, double[] b4, double x5, double[] b5, int n) {
        if (Fma.ON) {
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x5, b5[j], Math.fma(x4, b4[j], Math.fma(x3, b3[j], Math.fma(x2, b2[j],
                        Math.fma(x1, b1[j], Math.fma(x0, b0[j], acc[j]))))));
            }
        } else {
            for (int j = 0; j < n; j++) {
                acc[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j] + x4 * b4[j] + x5 * b5[j];
            }
        }
    }

    /** acc = x0·b0 + x1·b1 + … + x5·b5 over the first n values: {@link #addSixRows} onto zeros, without reading acc. */
    private static void setSixRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2, double[] b2,
                                   double x3, double[] b3, double x4, double[] b4, double x5, double[] b5, int n) {
        if (Fma.ON) {
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x5, b5[j], Math.fma(x4, b4[j], Math.fma(x3, b3[j], Math.fma(x2, b2[j],
                        Math.fma(x1, b1[j], x0 * b0[j])))));
            }
        } else {
            for (int j = 0; j < n; j++) {
                acc[j] = x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j] + x4 * b4[j] + x5 * b5[j];
            }
        }
    }

    /**
     * How many groups of six rows to take from len rows before the groups of four and the single rows: one fewer
     * than fit when that leaves 2 or 3 (8 = 4 + 4 rather than 6 + 1 + 1; 9 = 4 + 4 + 1 rather than 6 + 1 + 1 + 1), as
     * a single row costs a whole pass over acc for one multiply-add per value (32 = 6·4 + 4·2 on the digit network).
     */
    static int sixesFor(int len) {
        int sixes = len / 6;
        int rest = len - 6 * sixes;
        return (rest == 2 || rest == 3) && sixes > 0 ? sixes - 1 : sixes;
    }

    /** acc += x0·b0 + … + x3·b3 over the first n values: the rest of a block after its sixes. */
    private static void addFourRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2,
                                    double[] b2, double x3, double[] b3, int n) {
        if (Fma.ON) {
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], acc[j]))));
            }
        } else {
            for (int j = 0; j < n; j++) {
                acc[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
            }
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

    /** x[0] + … + x[n − 1], in order. */
    private static double total(double[] x, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += x[j];
        }
        return s;
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

    /**
     * One step of a product, with its arguments kept in fields so that handing half of it to the helper allocates
     * nothing. Both threads read the same arguments; each writes only its own rows of the result (or of bᵀ).
     */
    private final class Call implements Runnable {
        private int op;
        private double[] a;
        private double[] b;
        private double[][] rows;
        private double[] bias;
        private double[] c;
        private int m;
        private int k;
        private int n;
        private int rowStride;
        private int colStride;
        private boolean squares;
        private int helperFrom;
        private int helperTo;
        private double helperResult;

        void set(int op, double[] a, double[] b, double[][] rows, double[] bias, double[] c, int m, int k, int n) {
            this.op = op;
            this.a = a;
            this.b = b;
            this.rows = rows;
            this.bias = bias;
            this.c = c;
            this.m = m;
            this.k = k;
            this.n = n;
        }

        /** The helper's part, with the helper's own scratch. */
        @Override
        public void run() {
            helperResult = run(partner, helperFrom, helperTo);
        }

        /**
         * Rows (or values) {@code from .. to} of this step, using {@code scratch}'s scratch arrays.
         *
         * @return the part's sum for {@link #SQUARES} and {@link #FINITE}, its Σ c² for a gradient product, else 0
         */
        double run(JavaKernels scratch, int from, int to) {
            switch (op) {
                case FORWARD -> scratch.forwardPart(a, b, from == 0 ? bias : null, m, k, n, from, to);
                case ROWS_TIMES_B -> {
                    return scratch.rowsTimesB(a, rowStride, colStride, rows, c, k, n, from, to, squares);
                }
                case COPY -> System.arraycopy(a, from, c, from, to - from);
                case SQUARES -> {
                    return Matrices.sumOfSquares(a, from, to);
                }
                case FINITE -> {
                    return Matrices.allFinite(a, from, to) ? 0.0 : 1.0;
                }
                default -> throw new IllegalStateException("no step " + op);
            }
            return 0;
        }
    }
}
