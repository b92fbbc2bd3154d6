package org.mlpsandbox.engine.math;

/**
 * The three products of backpropagation by OpenBLAS's GEMM ({@link NativeBlas}), in float64 or, where the caller
 * asks for it, float32 ({@link Precision}); products smaller than {@link #SMALL} multiply-adds and the passes over
 * parameter arrays stay with {@link JavaKernels}, which win there (a call into native code and the copies cost about
 * as much as a small product).
 *
 * <p>Why copies: the engine's matrices are Java {@code double[]}, which native code can only read after the JVM
 * copies or pins them. Each product copies its operands into native buffers ({@link NativeOperands}, grown to the
 * largest shape seen, then reused: nothing is allocated per step), calls GEMM, and copies the result back. The copies
 * are O(m·k + k·n + m·n) against the product's O(m·k·n).
 *
 * <p>Two threads: OpenBLAS itself runs on one thread (its own threads cost more to wake than these products take,
 * measured in bench/), and a product of at least {@link #SPLIT} multiply-adds is cut in two halves by rows of the
 * result (by columns for the forward product, whose large operand is the weights), each a single-threaded GEMM
 * ({@link GemmHalf}), the upper one on the {@link Helper} thread, as {@link JavaKernels} does. The copies are split the same way, before the products (both halves read all of b).
 * Whether a product is cut depends only on its shape, and a cut product is always the same two GEMM calls, on the
 * helper or one after the other here when it is busy or switched off: same inputs, same bits, with one thread or two.
 *
 * <p>Results differ from {@link JavaKernels} in the last bits in float64 (another summation order), and by float32
 * rounding (about 1e-7 relative to the operands' size) in float32. Not thread-safe: one instance per thread.
 */
public final class OpenBlasKernels implements KernelBackend {

    /** Below this many multiply-adds the Java kernels are faster than the call and the copies (measured, bench/). */
    static final long SMALL = 1 << 14;
    /** From this many multiply-adds a product is cut in two halves for two threads (the digits network's large ones). */
    static final long SPLIT = 1L << 20;

    private final Precision precision;
    private final boolean useHelper;
    private final JavaKernels java = new JavaKernels();
    private final NativeOperands buffers;
    /** The lower half of a product, or all of an unsplit one: always on the caller's thread. */
    private final GemmHalf lower;
    /** The upper half of a split product. */
    private final GemmHalf upper;
    private final Call call = new Call();

    /**
     * Native products that split large ones with the helper thread when the machine has a second processor.
     *
     * @throws IllegalStateException when the native library did not load (see {@link Kernels#standard()}, which
     *                               falls back to the Java kernels)
     */
    public OpenBlasKernels(Precision precision) {
        this(precision, Helper.available());
    }

    /** @param twoThreads whether large products may be split with the helper thread */
    public OpenBlasKernels(Precision precision, boolean twoThreads) {
        NativeBlas blas = NativeBlas.get();
        if (!blas.loaded()) {
            throw new IllegalStateException("OpenBLAS did not load: " + blas.failure());
        }
        this.precision = precision;
        this.useHelper = twoThreads;
        this.buffers = new NativeOperands(precision);
        this.lower = new GemmHalf(buffers);
        this.upper = new GemmHalf(buffers);
    }

    @Override
    public String name() {
        return "openblas-" + precision.label();
    }

    @Override
    public String toString() {
        return name() + (useHelper ? ", two threads" : ", one thread");
    }

    /** c = a · bᵀ (+ bias on every row): the forward pass Z = A·Wᵀ + b. */
    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            java.multiplyTransposeB(a, b, bias, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, n, k, "b");
        Matrices.checkShape(c, m, n, "c");
        if (bias != null && bias.length < n) {
            throw new IllegalArgumentException("bias has " + bias.length + " values, needs " + n);
        }
        gemm(false, true, a, b, c, m, k, n, false);
        if (bias != null) {
            for (int i = 0; i < m; i++) {
                int ci = i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += bias[j];
                }
            }
        }
    }

    /** c = aᵀ · b: the weight gradient dW = δᵀ·A; returns Σ c². */
    @Override
    public double multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            return java.multiplyTransposeA(a, b, c, m, k, n);
        }
        Matrices.checkShape(a, k, m, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        return gemm(true, false, a, b, c, m, k, n, true);
    }

    /** c = a · b: the error passed back, dA = δ·W. */
    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if ((long) m * k * n < SMALL) {
            java.multiply(a, b, c, m, k, n);
            return;
        }
        Matrices.checkShape(a, m, k, "a");
        Matrices.checkShape(b, k, n, "b");
        Matrices.checkShape(c, m, n, "c");
        gemm(false, false, a, b, c, m, k, n, false);
    }

    @Override
    public void copy(double[] src, double[] dst) {
        java.copy(src, dst);
    }

    @Override
    public double sumOfSquares(double[] x) {
        return java.sumOfSquares(x);
    }

    @Override
    public boolean allFinite(double[] x) {
        return java.allFinite(x);
    }

    /**
     * c (m × n) = op(a) · op(b), where op(a) is m × k and op(b) is k × n; a transposed operand is stored as its
     * transpose (k × m, n × k), row-major as everywhere in the engine.
     *
     * @return Σ c² when {@code squares}, else 0
     */
    private double gemm(boolean transA, boolean transB, double[] a, double[] b, double[] c, int m, int k, int n,
                        boolean squares) {
        int aLen = m * k;
        int bLen = k * n;
        buffers.ensure(aLen, bLen, (long) m * n);
        call.set(transA, transB, a, b, c, m, k, n, squares);
        if ((long) m * k * n < SPLIT || (call.byColumns() ? n : m) < 2) {
            lower.load(true, a, 0, aLen);
            lower.load(false, b, 0, bLen);
            return lower.multiplyRows(transA, transB, c, 0, m, m, k, n, squares);
        }
        // always the same two halves from here, with or without the helper, so the bits do not depend on it
        call.loading = true;
        inHalves();
        call.loading = false;
        double squaresOfRows = inHalves();
        if (call.byColumns()) {    // never with squares: only the forward product goes by columns
            lower.copyBackTransposed(c, m, n);
            return 0;
        }
        return squaresOfRows;
    }

    /** Runs the current step of {@link #call}: its upper half on the helper thread if it is free, else here. */
    private double inHalves() {
        Helper.Handle other = useHelper ? Helper.tryStart(call) : null;
        double first;
        try {
            first = call.run(lower, false);
        } finally {
            if (other != null) {
                other.join();
            }
        }
        double second = other != null ? call.upperResult : call.run(upper, true);
        return first + second;
    }

    /**
     * The product being computed, with its arguments in fields so that handing half of it to the helper allocates
     * nothing. A step is either loading (each half copies half of a and half of b into native memory) or multiplying
     * (each half computes and copies back half of the rows of c).
     */
    private final class Call implements Runnable {
        private boolean transA;
        private boolean transB;
        private double[] a;
        private double[] b;
        private double[] c;
        private int m;
        private int k;
        private int n;
        private boolean squares;
        private boolean loading;
        private double upperResult;

        void set(boolean transA, boolean transB, double[] a, double[] b, double[] c, int m, int k, int n,
                 boolean squares) {
            this.transA = transA;
            this.transB = transB;
            this.a = a;
            this.b = b;
            this.c = c;
            this.m = m;
            this.k = k;
            this.n = n;
            this.squares = squares;
        }

        /** The helper's part: the upper half. */
        @Override
        public void run() {
            upperResult = run(upper, true);
        }

        /** This step's lower or upper half. @return the half's Σ c² when multiplying with squares, else 0 */
        double run(GemmHalf half, boolean isUpper) {
            if (loading) {
                int aMid = m * k / 2;
                int bMid = k * n / 2;
                half.load(true, a, isUpper ? aMid : 0, isUpper ? m * k : aMid);
                half.load(false, b, isUpper ? bMid : 0, isUpper ? k * n : bMid);
                return 0;
            }
            if (byColumns()) {
                int mid = n / 2;
                half.multiplyColumnsTransposeB(isUpper ? mid : 0, isUpper ? n : mid, m, k, n);
                return 0;
            }
            int mid = m / 2;
            return half.multiplyRows(transA, transB, c, isUpper ? mid : 0, isUpper ? m : mid, m, k, n, squares);
        }

        /**
         * Whether the halves are halves of the columns of c rather than of its rows: for the forward product
         * a · bᵀ, whose large operand is b (the weights), so that each half reads and packs only half of it.
         */
        boolean byColumns() {
            return transB && !transA;
        }
    }
}
