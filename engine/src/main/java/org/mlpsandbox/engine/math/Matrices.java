package org.mlpsandbox.engine.math;

/**
 * The three matrix products backpropagation needs, plus a few passes over arrays. Every matrix is a flat row-major
 * {@code double[]}; the caller supplies the output, which must not be one of the inputs. Shapes are checked up front.
 * {@link JavaKernels} takes over from about 4,096 multiply-adds; these loops are for the small layers of the playground
 * networks (2 to 8 neurons), where what counts is how few loops are started per multiply-add.
 *
 * <p>All three products come down to one loop nest, {@link #rowsTimesB}: c = x·b with b stored k × n, so that the
 * values of b that one step of the inner loop needs lie side by side. It computes two rows of c and eight neighbouring
 * columns at once, in sixteen running sums over k: each value of b loaded is used twice, and the sums do not wait for
 * each other. The forward product wants a·bᵀ, so it first copies b transposed into a scratch array (k·n copies
 * against m·k·n multiply-adds). Measured on 2-8-8-1 layers, batch 10: 1.5 to 2 times as fast as one row of c at a time
 * read straight from bᵀ's rows, whose eight row starts take eight registers.
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * c = a · bᵀ (+ bias on every row): the forward pass Z = A·Wᵀ + b.
     *
     * @param a          reads m × k
     * @param b          reads n × k
     * @param bias       reads n values added to every row of c, or {@code null}
     * @param c          writes m × n
     * @param transposed scratch of at least k × n values: overwritten with bᵀ
     */
    public static void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n,
                                          double[] transposed) {
        checkShape(a, m, k, "a");
        checkShape(b, n, k, "b");
        checkShape(c, m, n, "c");
        checkShape(transposed, k, n, "the scratch for bᵀ");
        if (bias != null && bias.length < n) {
            throw new IllegalArgumentException("bias holds " + bias.length + " values, needs " + n);
        }
        for (int j = 0; j < n; j++) {
            int bj = j * k;
            for (int p = 0; p < k; p++) {
                transposed[p * n + j] = b[bj + p];
            }
        }
        // element (i, p) of a is a[i·k + p]
        rowsTimesB(a, k, 1, transposed, bias, c, m, k, n);
    }

    /**
     * dst (cols × rows) = srcᵀ, src being rows × cols; both row-major, not the same array.
     */
    public static void transpose(double[] src, int rows, int cols, double[] dst) {
        for (int r = 0; r < rows; r++) {
            int from = r * cols;
            for (int c = 0; c < cols; c++) {
                dst[c * rows + r] = src[from + c];
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
        rowsTimesB(a, 1, m, b, null, c, m, k, n);
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
        rowsTimesB(a, k, 1, b, null, c, m, k, n);
    }

    /**
     * c (m × n) = x · b (+ bias on every row), where x is m × k with element (i, p) at
     * {@code a[i·rowStride + p·colStride]} (so one method serves a and aᵀ) and b is k × n:
     * c[i][j] = bias[j] + Σ_p x[i][p] · b[p][j], summed in the order of p.
     *
     * <p>Rows go in pairs i, i2 = i + 1. When m is odd the last "pair" is that row twice: computed twice the same way
     * and stored twice in the same place, which costs one row's work and saves a separate loop.
     */
    private static void rowsTimesB(double[] a, int rowStride, int colStride, double[] b, double[] bias, double[] c,
                                   int m, int k, int n) {
        for (int i = 0; i < m; i += 2) {
            int i2 = Math.min(i + 1, m - 1);
            int a1 = i * rowStride;
            int a2 = i2 * rowStride;
            int c1 = i * n;
            int c2 = i2 * n;
            int j = 0;
            for (; j + 7 < n; j += 8) {
                double s0 = start(bias, j), s1 = start(bias, j + 1), s2 = start(bias, j + 2);
                double s3 = start(bias, j + 3), s4 = start(bias, j + 4), s5 = start(bias, j + 5);
                double s6 = start(bias, j + 6), s7 = start(bias, j + 7);
                double t0 = s0, t1 = s1, t2 = s2, t3 = s3, t4 = s4, t5 = s5, t6 = s6, t7 = s7;
                for (int p = 0; p < k; p++) {
                    double x = a[a1 + p * colStride];
                    double y = a[a2 + p * colStride];
                    int bp = p * n + j;
                    double w0 = b[bp], w1 = b[bp + 1], w2 = b[bp + 2], w3 = b[bp + 3];
                    double w4 = b[bp + 4], w5 = b[bp + 5], w6 = b[bp + 6], w7 = b[bp + 7];
                    s0 = mulAdd(x, w0, s0);
                    s1 = mulAdd(x, w1, s1);
                    s2 = mulAdd(x, w2, s2);
                    s3 = mulAdd(x, w3, s3);
                    s4 = mulAdd(x, w4, s4);
                    s5 = mulAdd(x, w5, s5);
                    s6 = mulAdd(x, w6, s6);
                    s7 = mulAdd(x, w7, s7);
                    t0 = mulAdd(y, w0, t0);
                    t1 = mulAdd(y, w1, t1);
                    t2 = mulAdd(y, w2, t2);
                    t3 = mulAdd(y, w3, t3);
                    t4 = mulAdd(y, w4, t4);
                    t5 = mulAdd(y, w5, t5);
                    t6 = mulAdd(y, w6, t6);
                    t7 = mulAdd(y, w7, t7);
                }
                store8(c, c1 + j, s0, s1, s2, s3, s4, s5, s6, s7);
                store8(c, c2 + j, t0, t1, t2, t3, t4, t5, t6, t7);
            }
            for (; j + 1 < n; j += 2) {
                double s0 = start(bias, j), s1 = start(bias, j + 1);
                double t0 = s0, t1 = s1;
                for (int p = 0; p < k; p++) {
                    double x = a[a1 + p * colStride];
                    double y = a[a2 + p * colStride];
                    int bp = p * n + j;
                    double w0 = b[bp], w1 = b[bp + 1];
                    s0 = mulAdd(x, w0, s0);
                    s1 = mulAdd(x, w1, s1);
                    t0 = mulAdd(y, w0, t0);
                    t1 = mulAdd(y, w1, t1);
                }
                c[c1 + j] = s0;
                c[c1 + j + 1] = s1;
                c[c2 + j] = t0;
                c[c2 + j + 1] = t1;
            }
            if (j < n) {
                double s0 = start(bias, j);
                double t0 = s0;
                for (int p = 0; p < k; p++) {
                    double w = b[p * n + j];
                    s0 = mulAdd(a[a1 + p * colStride], w, s0);
                    t0 = mulAdd(a[a2 + p * colStride], w, t0);
                }
                c[c1 + j] = s0;
                c[c2 + j] = t0;
            }
        }
    }

    /** The running sum's start for column j: its bias, or 0. */
    private static double start(double[] bias, int j) {
        return bias == null ? 0 : bias[j];
    }

    /** s + x·y, in one fused multiply-add where the processor has it ({@link Fma}). */
    private static double mulAdd(double x, double y, double s) {
        return Fma.mulAdd(x, y, s);
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
     * out[j] = Σ over the m rows of a[i][j]: the bias gradient db = column sums of δ. Eight columns at a time in
     * running sums, as the products, rather than adding each row into {@code out} (which makes every addition wait for
     * the store of the one before).
     *
     * @param a   reads m × n
     * @param out writes n
     */
    public static void columnSums(double[] a, double[] out, int m, int n) {
        checkShape(a, m, n, "a");
        if (out.length < n) {
            throw new IllegalArgumentException("out holds " + out.length + " values, needs " + n);
        }
        int j = 0;
        for (; j + 7 < n; j += 8) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int i = 0; i < m; i++) {
                int ai = i * n + j;
                s0 += a[ai];
                s1 += a[ai + 1];
                s2 += a[ai + 2];
                s3 += a[ai + 3];
                s4 += a[ai + 4];
                s5 += a[ai + 5];
                s6 += a[ai + 6];
                s7 += a[ai + 7];
            }
            store8(out, j, s0, s1, s2, s3, s4, s5, s6, s7);
        }
        for (; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i * n + j];
            }
            out[j] = s;
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
        // x·0 is ±0 for a finite x and NaN for NaN and ±∞; NaN survives the sums. Eight independent sums, as in
        // sumOfSquares, run about four times faster than one running test per value (measured, JDK 17).
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
            s0 += x[i] * 0.0;
            s1 += x[i + 1] * 0.0;
            s2 += x[i + 2] * 0.0;
            s3 += x[i + 3] * 0.0;
            s4 += x[i + 4] * 0.0;
            s5 += x[i + 5] * 0.0;
            s6 += x[i + 6] * 0.0;
            s7 += x[i + 7] * 0.0;
        }
        for (; i < to; i++) {
            s0 += x[i] * 0.0;
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)) == 0.0;
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
