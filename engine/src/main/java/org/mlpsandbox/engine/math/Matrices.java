package org.mlpsandbox.engine.math;

/**
 * The three matrix products backpropagation needs, plus two small helpers. Every matrix is a flat row-major
 * {@code double[]}; the caller supplies the output, which must not be one of the inputs. Shapes are checked up front.
 *
 * <p>Loops run in i-k-j order (or as dot products over rows where both operands are read along rows) and are unrolled
 * by four along k so that the JIT can keep partial sums in registers and vectorise the inner loop.
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
            for (; j + 3 < n; j += 4) {
                int b0 = j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p];
                    s0 += x * b[b0 + p];
                    s1 += x * b[b1 + p];
                    s2 += x * b[b2 + p];
                    s3 += x * b[b3 + p];
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
            for (; j < n; j++) {
                int bj = j * k;
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[ci + j] = s;
            }
            if (bias != null) {
                for (j = 0; j < n; j++) {
                    c[ci + j] += bias[j];
                }
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
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            java.util.Arrays.fill(c, ci, ci + n, 0.0);
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double x0 = a[p * m + i], x1 = a[(p + 1) * m + i], x2 = a[(p + 2) * m + i], x3 = a[(p + 3) * m + i];
                int b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
                }
            }
            for (; p < k; p++) {
                double x = a[p * m + i];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
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
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            java.util.Arrays.fill(c, ci, ci + n, 0.0);
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double x0 = a[ai + p], x1 = a[ai + p + 1], x2 = a[ai + p + 2], x3 = a[ai + p + 3];
                int b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
                }
            }
            for (; p < k; p++) {
                double x = a[ai + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
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
     * Σ x² over the first {@code n} values. Eight partial sums, so that the additions do not wait for each other (a
     * single running sum is limited by the latency of one addition per value: measured 2× slower).
     */
    public static double sumOfSquares(double[] x, int n) {
        return sumOfSquares(x, 0, n);
    }

    /** Σ x² over values {@code from .. to}, as {@link #sumOfSquares(double[], int)}. */
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

    /** Whether every value is finite (no NaN, no infinity). */
    public static boolean allFinite(double[] x) {
        return allFinite(x, 0, x.length);
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
