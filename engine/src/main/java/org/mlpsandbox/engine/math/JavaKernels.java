package org.mlpsandbox.engine.math;

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
    /** What a {@link Call} computes. */
    private enum Op { FORWARD, ROWS_TIMES_B, COPY, SQUARES, FINITE }

    /** Whether large products may be split with the helper thread. */
    private final boolean useHelper;
    /** The lower half of a product (or all of an unsplit one), always on the caller's thread. */
    private final RowProducts lower = new RowProducts();
    /** The upper half of a split product: on the helper thread, or here after the lower one if the helper is busy. */
    private final RowProducts upper = new RowProducts();
    /** The product being computed. */
    private final Call call = new Call();
    /** bᵀ for the small forward products of {@link Matrices}. */
    private double[] transposed = new double[0];

    /** JavaKernels that split large products with the helper thread when the machine has a second processor. */
    public JavaKernels() {
        this(Helper.available());
    }

    /** @param twoThreads whether large products may be split with the helper thread */
    public JavaKernels(boolean twoThreads) {
        this.useHelper = twoThreads;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String toString() {
        return name() + (useHelper ? ", two threads" : ", one thread");
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
        call.forward(a, b, bias, m, k, n);
        boolean split = (long) m * k * n >= SPLIT;
        inHalves(k, split);
        double[][] lowerRows = lower.resultRows(m, n);
        double[][] upperRows = split ? upper.resultRows(m, n) : null;
        for (int i = 0; i < m; i++) {
            double[] row = lowerRows[i];
            int ci = i * n;
            if (upperRows == null) {
                System.arraycopy(row, 0, c, ci, n);
            } else {
                double[] other = upperRows[i];
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
        call.rowsTimesB(a, rowStride, colStride, lower.copyRows(b, k, n), c, m, k, n, squares);
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
        call.pass(Op.COPY, src, dst);
        inHalves(src.length, true);
    }

    /** Σ x², as {@link Matrices#sumOfSquares}, half on the helper thread for large arrays. */
    @Override
    public double sumOfSquares(double[] x) {
        if (smallPass(x.length)) {
            return Matrices.sumOfSquares(x, 0, x.length);
        }
        call.pass(Op.SQUARES, x, null);
        return inHalves(x.length, true);
    }

    /** Whether every value is finite, as {@link Matrices#allFinite}, half on the helper thread for large arrays. */
    @Override
    public boolean allFinite(double[] x) {
        if (smallPass(x.length)) {
            return Matrices.allFinite(x, 0, x.length);
        }
        call.pass(Op.FINITE, x, null);
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
            return call.run(lower, 0, count);
        }
        // always two halves from here, with or without the helper, so that sums come out the same on any machine
        int mid = count / 2;
        call.helperFrom = mid;
        call.helperTo = count;
        Helper.Handle other = useHelper ? Helper.tryStart(call) : null;
        double first;
        try {
            first = call.run(lower, 0, mid);
        } finally {
            if (other != null) {
                other.join();
            }
        }
        double second = other != null ? call.helperResult : call.run(upper, mid, count);
        return first + second;
    }

    /**
     * One step of a product, with its arguments kept in fields so that handing half of it to the helper allocates
     * nothing. Both threads read the same arguments; each writes only its own rows of the result (or of bᵀ).
     */
    private final class Call implements Runnable {
        private Op op;
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

        /** c = a · bᵀ + bias, by halves of k (see {@link RowProducts#forwardPart}); the result stays in the rows. */
        void forward(double[] a, double[] b, double[] bias, int m, int k, int n) {
            this.op = Op.FORWARD;
            this.a = a;
            this.b = b;
            this.bias = bias;
            this.m = m;
            this.k = k;
            this.n = n;
        }

        /** c = x · b, by halves of the rows of c (see {@link RowProducts#rowsTimesB}). */
        void rowsTimesB(double[] a, int rowStride, int colStride, double[][] rows, double[] c, int m, int k, int n,
                        boolean squares) {
            this.op = Op.ROWS_TIMES_B;
            this.a = a;
            this.rowStride = rowStride;
            this.colStride = colStride;
            this.rows = rows;
            this.c = c;
            this.m = m;
            this.k = k;
            this.n = n;
            this.squares = squares;
        }

        /** A pass over the values of x (into dst for a copy), by halves of the array. */
        void pass(Op pass, double[] x, double[] dst) {
            this.op = pass;
            this.a = x;
            this.c = dst;
        }

        /** The helper's part, with the upper half's scratch. */
        @Override
        public void run() {
            helperResult = run(upper, helperFrom, helperTo);
        }

        /**
         * Rows (or values) {@code from .. to} of this step, using {@code scratch}'s scratch arrays.
         *
         * @return the part's sum for {@link Op#SQUARES} and {@link Op#FINITE}, its Σ c² for a gradient product, else 0
         */
        double run(RowProducts scratch, int from, int to) {
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
