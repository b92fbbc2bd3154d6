package org.mlpsandbox.engine.math;

/**
 * The vectorised inner loops of {@link RowProducts}: each adds a few rows, scaled, into one accumulator row, over
 * separate row arrays indexed from 0 (the form HotSpot's auto-vectoriser turns into SIMD code).
 */
final class RowLoops {

    private RowLoops() {
    }

    /**
     * acc += x0·b0 + x1·b1 + … + x5·b5 over the first n values: the vectorised inner loop of every product. Six rows
     * at a time: each call starts and ends its loop value by value, so more rows per call is faster (measured: 15 %
     * over four), but with eight the JIT no longer vectorises the loop. With fused multiply-adds where the processor
     * has them (one instruction and one rounding per term instead of two); {@link Fma#ON} is a constant, so the JIT
     * keeps only one of the two loops.
     */
    static void addSixRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2, double[] b2,
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
    static void setSixRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2, double[] b2,
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
    static void addFourRows(double[] acc, double x0, double[] b0, double x1, double[] b1, double x2,
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
    static void addRow(double[] acc, double x, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += x * b[j];
        }
    }

    /** x[0] + … + x[n − 1], in order. */
    static double total(double[] x, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += x[j];
        }
        return s;
    }
}
