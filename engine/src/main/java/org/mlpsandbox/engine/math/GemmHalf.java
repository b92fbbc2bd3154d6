package org.mlpsandbox.engine.math;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * One thread's share of a native product: copies a range of an operand into the {@link NativeOperands} (rounding to
 * float in float32), calls GEMM for a range of rows of the result, and copies those rows back. {@link OpenBlasKernels}
 * gives a large product to two of these, one on the {@link Helper} thread; each has its own pointer views of the shared
 * buffers (a view's position is its own state) and its own staging array, so nothing is shared but memory that the
 * two write in disjoint ranges.
 */
final class GemmHalf {

    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;

    private final NativeOperands buffers;
    private long generation = -1;
    private DoublePointer da;
    private DoublePointer db;
    private DoublePointer dc;
    private FloatPointer fa;
    private FloatPointer fb;
    private FloatPointer fc;
    /**
     * float32 staging between Java arrays and native memory, indexed as the Java array is (so a range [from, to)
     * uses the same positions); grows to the largest array seen.
     */
    private float[] stage = new float[0];
    /** The result before it is turned round ({@link #copyBackTransposed}); grows to the largest one. */
    private double[] transposed = new double[0];

    GemmHalf(NativeOperands buffers) {
        this.buffers = buffers;
    }

    /** Copies {@code src[from, to)} into the native operand a (or b) at the same positions. */
    void load(boolean operandA, double[] src, int from, int to) {
        renewViews();
        int len = to - from;
        if (len <= 0) {
            return;
        }
        if (buffers.precision == Precision.FLOAT64) {
            (operandA ? da : db).position(from).put(src, from, len);
        } else {
            float[] s = staging(to);
            for (int i = from; i < to; i++) {   // the same index into both arrays: HotSpot vectorises this loop
                s[i] = (float) src[i];
            }
            (operandA ? fa : fb).position(from).put(s, from, len);
        }
    }

    /**
     * Rows {@code r0 .. r1} of c (m × n) = op(a) · op(b), op(a) being m × k, from the operands already loaded; then
     * copies those rows into {@code c}.
     *
     * @return Σ c² over those rows when {@code squares}, else 0
     */
    double multiplyRows(boolean transA, boolean transB, double[] c, int r0, int r1, int m, int k, int n,
                        boolean squares) {
        if (r1 <= r0) {
            return 0;
        }
        long aStart = transA ? r0 : (long) r0 * k;   // row r0 of op(a): a column of a stored transposed
        gemm(transA, transB, r1 - r0, n, k, aStart, transA ? m : k, 0, transB ? k : n, (long) r0 * n, n);
        return copyBack(c, r0 * n, (r1 - r0) * n, squares);
    }

    /**
     * Columns {@code c0 .. c1} of c (m × n) = a · bᵀ (a: m × k, b: n × k), from the operands already loaded, into the
     * native result only, as rows c0 .. c1 of cᵀ = b · aᵀ (n × m): the caller copies c back once both halves are done
     * ({@link #copyBackTransposed}). For the forward product, where b (the weights) is the large operand: each half
     * then reads only its half of b; and OpenBLAS makes the product that way round 15–25 % faster (see
     * {@link ResidentWeights}).
     */
    void multiplyColumnsTransposeB(int c0, int c1, int m, int k, int n) {
        if (c1 > c0) {
            gemm(true, false, true, c1 - c0, m, k, (long) c0 * k, k, 0, k, (long) c0 * m, m);
        }
    }

    /**
     * Copies {@code len} values of the native result from position {@code from} into {@code c} at the same positions.
     *
     * @return their Σ c² when {@code squares}, else 0
     */
    double copyBack(double[] c, int from, int len, boolean squares) {
        renewViews();
        if (buffers.precision == Precision.FLOAT64) {
            dc.position(from).get(c, from, len);
        } else {
            float[] s = staging(from + len);
            fc.position(from).get(s, from, len);
            for (int i = from; i < from + len; i++) {
                c[i] = s[i];
            }
        }
        return squares ? Matrices.sumOfSquares(c, from, from + len) : 0;
    }

    /**
     * Copies the native result, cᵀ (n × m) as {@link #multiplyColumnsTransposeB} left it, into {@code c} (m × n)
     * turned round.
     */
    void copyBackTransposed(double[] c, int m, int n) {
        double[] t = transposeStaging(m * n);
        copyBack(t, 0, m * n, false);
        Matrices.transpose(t, n, m, c);
    }

    /** One GEMM call: c[cStart..] (rows × cols, ldc) = op(a[aStart..]) · op(b[bStart..]), row-major. */
    private void gemm(boolean transA, boolean transB, int rows, int cols, int k, long aStart, int lda, long bStart,
                      int ldb, long cStart, int ldc) {
        gemm(false, transA, transB, rows, cols, k, aStart, lda, bStart, ldb, cStart, ldc);
    }

    /**
     * One GEMM call, with the operands a and b the other way round when {@code bFirst}: then c[cStart..] =
     * op(b[aStart..]) · op(a[bStart..]).
     */
    private void gemm(boolean bFirst, boolean transA, boolean transB, int rows, int cols, int k, long aStart, int lda,
                      long bStart, int ldb, long cStart, int ldc) {
        renewViews();
        int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        if (buffers.precision == Precision.FLOAT64) {
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, rows, cols, k, 1.0, (bFirst ? db : da).position(aStart),
                    lda, (bFirst ? da : db).position(bStart), ldb, 0.0, dc.position(cStart), ldc);
        } else {
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, rows, cols, k, 1f, (bFirst ? fb : fa).position(aStart),
                    lda, (bFirst ? fa : fb).position(bStart), ldb, 0f, fc.position(cStart), ldc);
        }
    }

    private double[] transposeStaging(int len) {
        if (transposed.length < len) {
            transposed = new double[len];
        }
        return transposed;
    }

    private float[] staging(int len) {
        if (stage.length < len) {
            stage = new float[len];
        }
        return stage;
    }

    /** New views when the shared buffers were replaced (they only grow, so this happens a few times per run). */
    private void renewViews() {
        if (generation == buffers.generation()) {
            return;
        }
        generation = buffers.generation();
        if (buffers.precision == Precision.FLOAT64) {
            da = new DoublePointer(buffers.a());
            db = new DoublePointer(buffers.b());
            dc = new DoublePointer(buffers.c());
        } else {
            fa = new FloatPointer(buffers.a());
            fb = new FloatPointer(buffers.b());
            fc = new FloatPointer(buffers.c());
        }
    }
}
