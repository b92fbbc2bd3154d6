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
        renewViews();
        int rows = r1 - r0;
        if (rows <= 0) {
            return 0;
        }
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        long aStart = transA ? r0 : (long) r0 * k;   // row r0 of op(a): a column of a stored transposed
        int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int from = r0 * n;
        int len = rows * n;
        if (buffers.precision == Precision.FLOAT64) {
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, rows, n, k, 1.0, da.position(aStart), lda,
                    db.position(0), ldb, 0.0, dc.position(from), n);
            dc.get(c, from, len);
            return squares ? Matrices.sumOfSquares(c, from, from + len) : 0;
        }
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, rows, n, k, 1f, fa.position(aStart), lda,
                fb.position(0), ldb, 0f, fc.position(from), n);
        float[] s = staging(from + len);
        fc.get(s, from, len);
        for (int i = from; i < from + len; i++) {
            c[i] = s[i];
        }
        return squares ? Matrices.sumOfSquares(c, from, from + len) : 0;
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
