package org.mlpsandbox.engine.plugin;

import static org.mlpsandbox.engine.plugin.Probe.difference;
import static org.mlpsandbox.engine.plugin.Probe.num;

import java.util.Arrays;
import java.util.List;
import org.mlpsandbox.api.Loss;

/**
 * Checks a loss on two small batches with outputs in (0.05, 0.95): one output with 0/1 targets, and three outputs
 * (each row summing to 1, as softmax gives) with one-hot targets. The value must be finite and the same from both
 * methods, the inputs left unchanged, and the gradient must match central finite differences of {@code value} at every
 * entry (a one-sided match is accepted at a kink). Because the batch has 4 rows, a gradient that forgets the 1/rows of
 * the mean is caught, and the reason says so.
 */
final class LossCheck {

    private static final int ROWS = 4;

    private static final double[] BINARY_Y = {0.07, 0.35, 0.62, 0.93};
    private static final double[] BINARY_T = {0, 1, 1, 0};

    private static final double[] ONE_HOT_Y = {
        0.2, 0.5, 0.3,
        0.6, 0.3, 0.1,
        0.15, 0.25, 0.6,
        0.7, 0.2, 0.1};
    private static final double[] ONE_HOT_T = {
        1, 0, 0,
        0, 1, 0,
        0, 0, 1,
        1, 0, 0};

    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-4;
    private static final double ONE_SIDED_TOLERANCE = 1e-3;
    /** Gradient entries are compared relatively above this size and absolutely below it. */
    private static final double FLOOR = 1e-3;

    private LossCheck() {
    }

    static void run(Loss loss, List<String> warnings) throws Refusal {
        check(loss, BINARY_Y, BINARY_T, 1);
        check(loss, ONE_HOT_Y, ONE_HOT_T, 3);
    }

    private static void check(Loss loss, double[] y, double[] t, int cols) throws Refusal {
        double value = value(loss, y, t, cols);
        double[] grad = new double[y.length];
        Arrays.fill(grad, Double.NaN);
        double[] yIn = y.clone();
        double[] tIn = t.clone();
        double both = Probe.call("valueAndGradient()", () -> loss.valueAndGradient(yIn, tIn, grad, ROWS, cols));
        if (!Arrays.equals(yIn, y) || !Arrays.equals(tIn, t)) {
            throw new Refusal("valueAndGradient() changed the outputs or targets; it must only read them");
        }
        if (difference(both, value, 1e-12) > 1e-9) {
            throw new Refusal("valueAndGradient() returns " + num(both) + " but value() returns " + num(value)
                    + " for the same batch" + batch(y, t, cols));
        }
        int bad = Probe.firstNonFinite(grad, grad.length);
        if (bad >= 0) {
            throw new Refusal("valueAndGradient() leaves dC/dy = " + grad[bad] + " at " + entry(bad, y, t, cols)
                    + " (it must write a finite value into every entry)");
        }
        compareWithDifferences(loss, y, t, grad, cols);
    }

    private static double value(Loss loss, double[] y, double[] t, int cols) throws Refusal {
        double[] yIn = y.clone();
        double[] tIn = t.clone();
        double v = Probe.call("value()", () -> loss.value(yIn, tIn, ROWS, cols));
        if (!Arrays.equals(yIn, y) || !Arrays.equals(tIn, t)) {
            throw new Refusal("value() changed the outputs or targets; it must only read them");
        }
        if (!Double.isFinite(v)) {
            throw new Refusal("value() gives " + v + batch(y, t, cols));
        }
        return v;
    }

    private static void compareWithDifferences(Loss loss, double[] y, double[] t, double[] grad, int cols)
            throws Refusal {
        int mismatches = 0;
        int worst = -1;
        double worstError = 0;
        double worstNumeric = 0;
        double v0 = value(loss, y, t, cols);
        for (int i = 0; i < y.length; i++) {
            double[] plus = y.clone();
            double[] minus = y.clone();
            plus[i] += H;
            minus[i] -= H;
            double vPlus = value(loss, plus, t, cols);
            double vMinus = value(loss, minus, t, cols);
            double central = (vPlus - vMinus) / (plus[i] - minus[i]);
            double e = difference(grad[i], central, FLOOR);
            if (e <= TOLERANCE
                    || difference(grad[i], (vPlus - v0) / (plus[i] - y[i]), FLOOR) <= ONE_SIDED_TOLERANCE
                    || difference(grad[i], (v0 - vMinus) / (y[i] - minus[i]), FLOOR) <= ONE_SIDED_TOLERANCE) {
                continue;
            }
            mismatches++;
            if (e > worstError) {
                worstError = e;
                worst = i;
                worstNumeric = central;
            }
        }
        if (mismatches > 0) {
            throw new Refusal("its gradient does not match central differences of value() at " + mismatches + " of "
                    + y.length + " entries (" + ROWS + " rows x " + cols + " columns); worst at "
                    + entry(worst, y, t, cols) + ": valueAndGradient() gives dC/dy = " + num(grad[worst])
                    + " but central differences give " + num(worstNumeric) + hint(grad[worst], worstNumeric));
        }
    }

    /** Names the usual mistake with the mean over rows. */
    private static String hint(double analytic, double numeric) {
        if (numeric != 0 && Math.abs(analytic / numeric - ROWS) < 1e-3 * ROWS) {
            return " - " + ROWS + " times too large: the cost is a mean over the " + ROWS + " rows, so each gradient"
                    + " entry carries a factor 1/rows";
        }
        if (analytic != 0 && Math.abs(numeric / analytic - ROWS) < 1e-3 * ROWS) {
            return " - " + ROWS + " times too small: is value() a mean over rows while the gradient is divided twice,"
                    + " or the other way round?";
        }
        return "";
    }

    private static String entry(int i, double[] y, double[] t, int cols) {
        return "row " + (i / cols + 1) + ", column " + (i % cols + 1) + " (y = " + num(y[i]) + ", t = " + num(t[i])
                + ")";
    }

    private static String batch(double[] y, double[] t, int cols) {
        return " for outputs " + Arrays.toString(y) + " and targets " + Arrays.toString(t) + " (" + ROWS + " x "
                + cols + ")";
    }
}
