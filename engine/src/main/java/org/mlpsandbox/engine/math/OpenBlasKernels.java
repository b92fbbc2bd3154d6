package org.mlpsandbox.engine.math;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The three products of backpropagation by OpenBLAS's GEMM ({@link NativeBlas}), in float64 or, where the caller
 * asks for it, float32 ({@link Precision}); products smaller than {@link #SMALL} multiply-adds and the passes over
 * parameter arrays stay with {@link JavaKernels}, which win there (a call into native code and the copies cost about
 * as much as a small product).
 *
 * <p>Why copies: the engine's matrices are Java {@code double[]}, which native code can only read after the JVM
 * copies or pins them. Each product copies its operands into native buffers owned by this instance (grown to the
 * largest shape seen, then reused: nothing is allocated per step), calls GEMM, and copies the result back. The copies
 * are O(m·k + k·n + m·n) against the product's O(m·k·n).
 *
 * <p>Same inputs, same bits: single-threaded OpenBLAS computes a GEMM of one shape in the same order every time.
 * Results differ from {@link JavaKernels} in the last bits in float64 (another summation order), and by float32
 * rounding (about 1e-7 relative to the operands' size) in float32. Not thread-safe: one instance per thread.
 */
public final class OpenBlasKernels implements KernelBackend {

    /** Below this many multiply-adds the Java kernels are faster than the call and the copies (measured, bench/). */
    static final long SMALL = 1 << 14;

    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
    private static final int TRANS = openblas_nolapack.CblasTrans;

    private final Precision precision;
    private final JavaKernels java = new JavaKernels();
    private DoublePointer da = new DoublePointer(0L);
    private DoublePointer db = new DoublePointer(0L);
    private DoublePointer dc = new DoublePointer(0L);
    private FloatPointer fa = new FloatPointer(0L);
    private FloatPointer fb = new FloatPointer(0L);
    private FloatPointer fc = new FloatPointer(0L);
    /** float32 staging of one operand or the result between the Java arrays and the native buffers. */
    private float[] stage = new float[0];

    /**
     * @throws IllegalStateException when the native library did not load (see {@link Kernels#standard()}, which
     *                               falls back to the Java kernels)
     */
    public OpenBlasKernels(Precision precision) {
        NativeBlas blas = NativeBlas.get();
        if (!blas.loaded()) {
            throw new IllegalStateException("OpenBLAS did not load: " + blas.failure());
        }
        this.precision = precision;
    }

    @Override
    public String name() {
        return "openblas-" + precision.label();
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
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        int ta = transA ? TRANS : NO_TRANS;
        int tb = transB ? TRANS : NO_TRANS;
        int aLen = m * k;
        int bLen = k * n;
        int cLen = m * n;
        if (precision == Precision.FLOAT64) {
            ensureDouble(aLen, bLen, cLen);
            da.put(a, 0, aLen);
            db.put(b, 0, bLen);
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, m, n, k, 1.0, da, lda, db, ldb, 0.0, dc, n);
            dc.get(c, 0, cLen);
        } else {
            ensureFloat(aLen, bLen, cLen);
            fa.put(toFloat(a, aLen), 0, aLen);
            fb.put(toFloat(b, bLen), 0, bLen);
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, m, n, k, 1f, fa, lda, fb, ldb, 0f, fc, n);
            fc.get(stage, 0, cLen);
            float[] s = stage;
            for (int i = 0; i < cLen; i++) {
                c[i] = s[i];
            }
        }
        return squares ? Matrices.sumOfSquares(c, 0, cLen) : 0;
    }

    /** The first {@code len} values of x rounded to float, in the staging array. */
    private float[] toFloat(double[] x, int len) {
        float[] s = stage;
        for (int i = 0; i < len; i++) {
            s[i] = (float) x[i];
        }
        return s;
    }

    private void ensureDouble(long aLen, long bLen, long cLen) {
        if (da.capacity() < aLen) {
            da = new DoublePointer(aLen);
        }
        if (db.capacity() < bLen) {
            db = new DoublePointer(bLen);
        }
        if (dc.capacity() < cLen) {
            dc = new DoublePointer(cLen);
        }
    }

    private void ensureFloat(long aLen, long bLen, long cLen) {
        if (fa.capacity() < aLen) {
            fa = new FloatPointer(aLen);
        }
        if (fb.capacity() < bLen) {
            fb = new FloatPointer(bLen);
        }
        if (fc.capacity() < cLen) {
            fc = new FloatPointer(cLen);
        }
        long most = Math.max(aLen, Math.max(bLen, cLen));
        if (stage.length < most) {
            stage = new float[(int) most];
        }
    }
}
