package org.mlpsandbox.engine.math;

/**
 * The three matrix products backpropagation needs, plus a few passes over arrays. Every matrix is a flat row-major
 * {@code double[]}; the caller supplies the output, which must not be one of the inputs. Shapes are checked up front.
 * {@link Kernels} takes over from about 4,096 multiply-adds; these loops are for the small layers of the playground
 * networks (2 to 8 neurons), where what counts is how few loops are started per multiply-add.
 *
 * <p>Each product computes eight neighbouring values of a row of c at once, each in its own running sum over k, so
 * that the sums do not wait for each other and stay in registers; then pairs, then single values for the rest of the
 * row. (Measured on 2-8-8-1 layers: 1.3 to 3 times faster than a loop per value of c.)
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * c = a · bᵀ (+ bias on every row): the forward pass Z = A·Wᵀ + b.
     *
     * @param a    reads m × k
     * @param b    reads n × k
     * @param bias reads n values added to every row of c, or {@code null}
     * @param c    writes m × n
     */
    public static void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        checkShape(a, m, k, "a");
        checkShape(b, n, k, "b");
        checkShape(c, m, n, "c");
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            int j = 0;
            // c[i][j + t] = a[i] · b[j + t]: rows j .. j + 7 of b start at b0 .. b7
            for (; j + 7 < n; j += 8) {
                int b0 = j * k;
                int b1 = b0 + k;
                int b2 = b1 + k;
                int b3 = b2 + k;
                int b4 = b3 + k;
                int b5 = b4 + k;
                int b6 = b5 + k;
                int b7 = b6 + k;
                double s0 = start(bias, j), s1 = start(bias, j + 1);
                double s2 = start(bias, j + 2), s3 = start(bias, j + 3);
                double s4 = start(bias, j + 4), s5 = start(bias, j + 5);
                double s6 = start(bias, j + 6), s7 = start(bias, j + 7);
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p];
                    s0 = mulAdd(x, b[b0 + p], s0);
                    s1 = mulAdd(x, b[b1 + p], s1);
                    s2 = mulAdd(x, b[b2 + p], s2);
                    s3 = mulAdd(x, b[b3 + p], s3);
                    s4 = mulAdd(x, b[b4 + p], s4);
                    s5 = mulAdd(x, b[b5 + p], s5);
                    s6 = mulAdd(x, b[b6 + p], s6);
                    s7 = mulAdd(x, b[b7 + p], s7);
                }
                store8(c, ci + j, s0, s1, s2, s3, s4, s5, s6, s7);
            }
            for (; j + 1 < n; j += 2) {
                int b0 = j * k;
                int b1 = b0 + k;
                double s0 = start(bias, j), s1 = start(bias, j + 1);
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p];
                    s0 = mulAdd(x, b[b0 + p], s0);
                    s1 = mulAdd(x, b[b1 + p], s1);
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
            }
            if (j < n) {
                // one dot product: two running sums over alternate p
                int b0 = j * k;
                double s0 = start(bias, j), s1 = 0;
                int p = 0;
                for (; p + 1 < k; p += 2) {
                    s0 = mulAdd(a[ai + p], b[b0 + p], s0);
                    s1 = mulAdd(a[ai + p + 1], b[b0 + p + 1], s1);
                }
                if (p < k) {
                    s0 = mulAdd(a[ai + p], b[b0 + p], s0);
                }
                c[ci + j] = s0 + s1;
            }
        }
    }

    /**
     * c = aᵀ · b: the weight gradient dW = δᵀ·A.
     *
     * @param a reads k × m (δ: batch × neurons)
     * @param b reads k × n (A: batch × inputs)
     * @param c writes m × n (dW: neurons × inputs)
     */
    public static void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        checkShape(a, k, m, "a");
        checkShape(b, k, n, "b");
        checkShape(c, m, n, "c");
        // element (i, p) of aᵀ is a[p·m + i]
        rowsTimesB(a, 1, m, b, c, m, k, n);
    }

    /**
     * c = a · b: the error passed back to the previous layer, dA = δ·W.
     *
     * @param a reads m × k (δ: batch × neurons)
     * @param b reads k × n (W: neurons × inputs)
     * @param c writes m × n (dA: batch × inputs)
     */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        checkShape(a, m, k, "a");
        checkShape(b, k, n, "b");
        checkShape(c, m, n, "c");
        // element (i, p) of a is a[i·k + p]
        rowsTimesB(a, k, 1, b, c, m, k, n);
    }

    /**
     * c (m × n) = x · b, where x is m × k with element (i, p) at {@code a[i·rowStride + p·colStride]} (so one method
     * serves a and aᵀ) and b is k × n: c[i][j + t] = Σ_p x[i][p] · b[p][j + t].
     */
    private static void rowsTimesB(double[] a, int rowStride, int colStride, double[] b, double[] c, int m, int k,
                                   int n) {
        for (int i = 0; i < m; i++) {
            int ai = i * rowStride;
            int ci = i * n;
            int j = 0;
            for (; j + 7 < n; j += 8) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p * colStride];
                    int bp = p * n + j;
                    s0 = mulAdd(x, b[bp], s0);
                    s1 = mulAdd(x, b[bp + 1], s1);
                    s2 = mulAdd(x, b[bp + 2], s2);
                    s3 = mulAdd(x, b[bp + 3], s3);
                    s4 = mulAdd(x, b[bp + 4], s4);
                    s5 = mulAdd(x, b[bp + 5], s5);
                    s6 = mulAdd(x, b[bp + 6], s6);
                    s7 = mulAdd(x, b[bp + 7], s7);
                }
                store8(c, ci + j, s0, s1, s2, s3, s4, s5, s6, s7);
            }
            for (; j + 1 < n; j += 2) {
                double s0 = 0, s1 = 0;
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p * colStride];
                    int bp = p * n + j;
                    s0 = mulAdd(x, b[bp], s0);
                    s1 = mulAdd(x, b[bp + 1], s1);
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
            }
            if (j < n) {
                double s0 = 0;
                for (int p = 0; p < k; p++) {
                    s0 = mulAdd(a[ai + p * colStride], b[p * n + j], s0);
                }
                c[ci + j] = s0;
            }
        }
    }

    /** The running sum's start for column j: its bias, or 0. */
    private static double start(double[] bias, int j) {
        return bias == null ? 0 : bias[j];
    }

    /** s + x·y, in one fused multiply-add where the processor has it ({@link Kernels#FMA}). */
    private static double mulAdd(double x, double y, double s) {
        return Kernels.FMA ? Math.fma(x, y, s) : s + x * y;
    }

    private static void store8(double[] c, int at, double s0, double s1, double s2, double s3, double s4, double s5,
                               double s6, double s7) {
        c[at] = s0;
        c[at + 1] = s1;
        c[at + 2] = s2;
        c[at + 3] = s3;
        c[at + 4] = s4;
        c[at + 5] = s5;
        c[at + 6] = s6;
        c[at + 7] = s7;
    }

    /**
     * out[j] = Σ over the m rows of a[i][j]: the bias gradient db = column sums of δ.
     *
     * @param a   reads m × n
     * @param out writes n
     */
    public static void columnSums(double[] a, double[] out, int m, int n) {
        checkShape(a, m, n, "a");
        if (out.length < n) {
            throw new IllegalArgumentException("out holds " + out.length + " values, needs " + n);
        }
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int i = 0; i < m; i++) {
            int ai = i * n;
            for (int j = 0; j < n; j++) {
                out[j] += a[ai + j];
            }
        }
    }

    /**
     * Σ x² over values {@code from .. to}. Eight partial sums, so that the additions do not wait for each other (a
     * single running sum is limited by the latency of one addition per value: measured 2× slower).
     */
    public static double sumOfSquares(double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = from;
        for (; i + 7 < to; i += 8) {
            s0 += x[i] * x[i];
            s1 += x[i + 1] * x[i + 1];
            s2 += x[i + 2] * x[i + 2];
            s3 += x[i + 3] * x[i + 3];
            s4 += x[i + 4] * x[i + 4];
            s5 += x[i + 5] * x[i + 5];
            s6 += x[i + 6] * x[i + 6];
            s7 += x[i + 7] * x[i + 7];
        }
        for (; i < to; i++) {
            s0 += x[i] * x[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Whether values {@code from .. to} are all finite; no early exit, so no branch to mispredict. */
    public static boolean allFinite(double[] x, int from, int to) {
        boolean finite = true;
        for (int i = from; i < to; i++) {
            finite &= Math.abs(x[i]) <= Double.MAX_VALUE; // false for NaN and ±∞
        }
        return finite;
    }

    static void checkShape(double[] x, int rows, int cols, String name) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(name + " has a negative dimension: " + rows + " × " + cols);
        }
        if ((long) rows * cols > x.length) {
            throw new IllegalArgumentException(name + " should be " + rows + " × " + cols + " = " + (long) rows * cols
                    + " values but the array holds " + x.length);
        }
    }
}
