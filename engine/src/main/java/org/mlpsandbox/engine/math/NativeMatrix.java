package org.mlpsandbox.engine.math;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * A row-major matrix (or any run of values) in native memory, in float64 or float32, with the few BLAS operations that
 * {@link ResidentWeights} needs: copies to and from Java {@code double[]} (rounding to float in float32; out also
 * transposed), a copy between two native matrices, Σ|x|, ‖x‖ and GEMM. Sized once; nothing here allocates after the
 * first copy.
 */
abstract class NativeMatrix {

    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;

    /** Staging for {@link #storeTransposed}, grown to the longest one. */
    private double[] transposed = new double[0];

    /** Room for {@code values} values in {@code precision}. */
    static NativeMatrix allocate(Precision precision, long values) {
        return precision == Precision.FLOAT64 ? new Float64(values) : new Float32(values);
    }

    /** this[0, len) ← src[0, len). */
    final void load(double[] src, int len) {
        load(src, 0, 0, len);
    }

    /** this[offset, offset + len) ← src[from, from + len). */
    abstract void load(double[] src, int from, long offset, int len);

    /** dst[0, len) ← this[0, len). */
    abstract void store(double[] dst, int len);

    /** dst (cols × rows, row-major) ← the transpose of this[0, rows · cols) read as rows × cols. */
    final void storeTransposed(double[] dst, int rows, int cols) {
        int len = rows * cols;
        double[] s = stage(len);
        store(s, len);
        Matrices.transpose(s, rows, cols, dst);
    }

    private double[] stage(int len) {
        if (transposed.length < len) {
            transposed = new double[len];
        }
        return transposed;
    }

    /** this[offset, offset + len) ← other[offset, offset + len); both of the same precision. */
    final void copyFrom(NativeMatrix other, long offset, int len) {
        copyFrom(other, offset, offset, len);
    }

    /** this[offset, offset + len) ← other[from, from + len); both of the same precision. */
    abstract void copyFrom(NativeMatrix other, long from, long offset, int len);

    /** Σ |x| over {@code len} values from {@code offset}: NaN or ∞ when one of them is not finite. */
    abstract double absSum(long offset, int len);

    /** √Σ x² over the first {@code len} values. */
    abstract double norm(int len);

    /**
     * this (rows × cols, leading dimension ldc) ← alpha · op(a) · op(b) + beta · this, where op(a) is rows × k and
     * op(b) is k × cols; a transposed operand is stored as its transpose.
     */
    final void gemm(boolean transA, boolean transB, int rows, int cols, int k, double alpha, NativeMatrix a, int lda,
                    NativeMatrix b, int ldb, double beta, int ldc) {
        gemm(transA, transB, rows, cols, k, alpha, a, 0, lda, b, 0, ldb, beta, 0, ldc);
    }

    /** {@link #gemm} on sub-matrices: a, b and this start at the given offsets (in values). */
    abstract void gemm(boolean transA, boolean transB, int rows, int cols, int k, double alpha, NativeMatrix a,
                       long aOffset, int lda, NativeMatrix b, long bOffset, int ldb, double beta, long offset,
                       int ldc);

    /**
     * Another handle on the same memory, for a second thread: a handle keeps a position of its own, so two threads
     * must not share one.
     */
    abstract NativeMatrix view();

    static int transpose(boolean t) {
        return t ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
    }

    private static final class Float64 extends NativeMatrix {
        private final DoublePointer p;

        Float64(long values) {
            p = new DoublePointer(Math.max(1, values));
        }

        @Override
        void load(double[] src, int from, long offset, int len) {
            p.position(offset).put(src, from, len);
        }

        @Override
        void store(double[] dst, int len) {
            p.position(0).get(dst, 0, len);
        }

        @Override
        void copyFrom(NativeMatrix other, long from, long offset, int len) {
            openblas_nolapack.cblas_dcopy(len, ((Float64) other).p.position(from), 1, p.position(offset), 1);
        }

        @Override
        double absSum(long offset, int len) {
            return openblas_nolapack.cblas_dasum(len, p.position(offset), 1);
        }

        @Override
        double norm(int len) {
            return openblas_nolapack.cblas_dnrm2(len, p.position(0), 1);
        }

        private Float64(DoublePointer p) {
            this.p = p;
        }

        @Override
        NativeMatrix view() {
            return new Float64(new DoublePointer(p.position(0)));
        }

        @Override
        void gemm(boolean transA, boolean transB, int rows, int cols, int k, double alpha, NativeMatrix a,
                  long aOffset, int lda, NativeMatrix b, long bOffset, int ldb, double beta, long offset, int ldc) {
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, transpose(transA), transpose(transB), rows, cols, k, alpha,
                    ((Float64) a).p.position(aOffset), lda, ((Float64) b).p.position(bOffset), ldb, beta,
                    p.position(offset), ldc);
        }
    }

    private static final class Float32 extends NativeMatrix {
        private final FloatPointer p;
        /** Staging between double[] and native floats, grown to the longest copy. */
        private float[] stage = new float[0];

        Float32(long values) {
            p = new FloatPointer(Math.max(1, values));
        }

        @Override
        void load(double[] src, int from, long offset, int len) {
            float[] s = stage(len);
            for (int i = 0; i < len; i++) {
                s[i] = (float) src[from + i];
            }
            p.position(offset).put(s, 0, len);
        }

        @Override
        void store(double[] dst, int len) {
            float[] s = stage(len);
            p.position(0).get(s, 0, len);
            for (int i = 0; i < len; i++) {
                dst[i] = s[i];
            }
        }

        @Override
        void copyFrom(NativeMatrix other, long from, long offset, int len) {
            openblas_nolapack.cblas_scopy(len, ((Float32) other).p.position(from), 1, p.position(offset), 1);
        }

        @Override
        double absSum(long offset, int len) {
            return openblas_nolapack.cblas_sasum(len, p.position(offset), 1);
        }

        @Override
        double norm(int len) {
            return openblas_nolapack.cblas_snrm2(len, p.position(0), 1);
        }

        private Float32(FloatPointer p) {
            this.p = p;
        }

        @Override
        NativeMatrix view() {
            return new Float32(new FloatPointer(p.position(0)));
        }

        @Override
        void gemm(boolean transA, boolean transB, int rows, int cols, int k, double alpha, NativeMatrix a,
                  long aOffset, int lda, NativeMatrix b, long bOffset, int ldb, double beta, long offset, int ldc) {
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, transpose(transA), transpose(transB), rows, cols, k,
                    (float) alpha, ((Float32) a).p.position(aOffset), lda, ((Float32) b).p.position(bOffset), ldb,
                    (float) beta, p.position(offset), ldc);
        }

        private float[] stage(int len) {
            if (stage.length < len) {
                stage = new float[len];
            }
            return stage;
        }
    }
}
