package org.mlpsandbox.engine.plugin;

import static org.mlpsandbox.engine.plugin.Probe.difference;
import static org.mlpsandbox.engine.plugin.Probe.num;

import java.util.Arrays;
import java.util.List;
import org.mlpsandbox.api.Activation;

/**
 * Checks an activation through the batch methods the network uses ({@code forward}, {@code backward}), so that
 * softmax is covered too, and for an elementwise activation also the scalar {@code apply} and {@code derivative}:
 * <ul>
 *   <li>finite values on probe points from -10 to 10, including 0 and tiny values; inputs left unchanged;</li>
 *   <li>the backward pass, a vector–Jacobian product, matches central finite differences of the forward pass at every
 *       probe point. A point where it does not is still accepted when it matches a one-sided difference, so the kink
 *       of ReLU at 0 (where either one-sided slope is a valid answer) is not a false alarm;</li>
 *   <li>non-finite values for large inputs (+-30, +-100) only earn a warning.</li>
 * </ul>
 */
final class ActivationCheck {

    /** Spread from -10 to 10, with 0, tiny values on both sides of it, and values off the round numbers. */
    static final double[] PROBES = {-10, -7.3, -5, -3.1, -2, -1.4, -1, -0.71, -0.5, -0.29, -0.1, -0.013, -1e-3,
        -1e-6, 0, 1e-6, 1e-3, 0.013, 0.1, 0.29, 0.37, 0.5, 0.71, 1, 1.4, 2, 3.1, 5, 7.3, 10};

    private static final double[] LARGE = {-100, -30, 30, 100};

    /** Largest relative difference between the derivative and a central difference. */
    static final double TOLERANCE = 1e-4;

    /** A one-sided difference is less accurate (first order); used only where the central one disagrees. */
    private static final double ONE_SIDED_TOLERANCE = 1e-3;

    private static final int MAX_WIDTH = 1000;

    private ActivationCheck() {
    }

    static void run(Activation f, List<String> warnings) throws Refusal {
        int width = Probe.call("minimumWidth()", f::minimumWidth);
        if (width < 1 || width > MAX_WIDTH) {
            throw new Refusal("minimumWidth() is " + width + "; it must be between 1 and " + MAX_WIDTH);
        }
        boolean elementwise = Probe.call("elementwise()", f::elementwise);
        int cols = Math.max(width, 3);
        int rows = (PROBES.length + cols - 1) / cols;
        double[] z = layOut(PROBES, rows, cols);
        double[] a = forward(f, z, rows, cols, elementwise);
        double[] g = upstream(rows, cols, elementwise);
        double[] gradZ = backward(f, z, a, g, rows, cols, elementwise);
        compareWithDifferences(f, z, a, g, gradZ, rows, cols, elementwise, warnings);
        if (elementwise) {
            checkScalarMethods(f, z, a);
        }
        checkLargeInputs(f, cols, warnings);
    }

    /** The values repeated to fill a {@code rows × cols} batch. */
    private static double[] layOut(double[] values, int rows, int cols) {
        double[] z = new double[rows * cols];
        for (int i = 0; i < z.length; i++) {
            z[i] = values[i % values.length];
        }
        return z;
    }

    /** ∂C/∂a handed to backward: ones for an elementwise activation (so backward gives f′), else mixed weights. */
    private static double[] upstream(int rows, int cols, boolean elementwise) {
        double[] g = new double[rows * cols];
        for (int i = 0; i < g.length; i++) {
            g[i] = elementwise ? 1 : ((i * 7) % 5 - 2) * 0.5 + 0.3;
        }
        return g;
    }

    private static double[] forward(Activation f, double[] z, int rows, int cols, boolean elementwise)
            throws Refusal {
        double[] in = z.clone();
        double[] a = new double[z.length];
        Arrays.fill(a, Double.NaN);
        Probe.run("forward()", () -> f.forward(in, a, rows, cols));
        if (!Arrays.equals(in, z)) {
            throw new Refusal("forward() changed its input z; it must only read it");
        }
        int bad = Probe.firstNonFinite(a, a.length);
        if (bad >= 0) {
            throw new Refusal("forward() gives " + a[bad] + at(z, bad, cols, elementwise)
                    + " (it must be finite for every finite input, and write every output)");
        }
        return a;
    }

    private static double[] backward(Activation f, double[] z, double[] a, double[] g, int rows, int cols,
                                     boolean elementwise) throws Refusal {
        double[] zIn = z.clone();
        double[] aIn = a.clone();
        double[] grad = g.clone();
        // the network hands in one array as both ∂C/∂a and ∂C/∂z, which the api allows
        Probe.run("backward()", () -> f.backward(zIn, aIn, grad, grad, rows, cols));
        if (!Arrays.equals(zIn, z) || !Arrays.equals(aIn, a)) {
            throw new Refusal("backward() changed z or a; it must only read them");
        }
        int bad = Probe.firstNonFinite(grad, grad.length);
        if (bad >= 0) {
            throw new Refusal("backward() gives " + grad[bad] + at(z, bad, cols, elementwise));
        }
        return grad;
    }

    /** Where a batch entry is, for messages: "at z = 0.5", or the whole row for softmax-like activations. */
    private static String at(double[] z, int i, int cols, boolean elementwise) {
        if (elementwise) {
            return " at z = " + num(z[i]);
        }
        int row = i / cols;
        StringBuilder s = new StringBuilder(" for input ").append(i % cols + 1).append(" of z = [");
        for (int c = 0; c < cols; c++) {
            s.append(c == 0 ? "" : ", ").append(num(z[row * cols + c]));
        }
        return s.append(']').toString();
    }

    private static void compareWithDifferences(Activation f, double[] z, double[] a, double[] g, double[] gradZ,
                                               int rows, int cols, boolean elementwise, List<String> warnings)
            throws Refusal {
        Worst worst = new Worst();
        boolean coupled = false;
        double[] zPlus = new double[z.length];
        double[] zMinus = new double[z.length];
        for (int j = 0; j < cols; j++) {
            System.arraycopy(z, 0, zPlus, 0, z.length);
            System.arraycopy(z, 0, zMinus, 0, z.length);
            for (int r = 0; r < rows; r++) {
                int i = r * cols + j;
                double h = 1e-5 * Math.max(1, Math.abs(z[i]));
                zPlus[i] = z[i] + h;
                zMinus[i] = z[i] - h;
            }
            double[] aPlus = forward(f, zPlus, rows, cols, elementwise);
            double[] aMinus = forward(f, zMinus, rows, cols, elementwise);
            for (int r = 0; r < rows; r++) {
                int i = r * cols + j;
                double s0 = elementwise ? a[i] : rowDot(g, a, r, cols);
                double sPlus = elementwise ? aPlus[i] : rowDot(g, aPlus, r, cols);
                double sMinus = elementwise ? aMinus[i] : rowDot(g, aMinus, r, cols);
                worst.offer(i, gradZ[i], sPlus, s0, sMinus, zPlus[i] - z[i], z[i] - zMinus[i]);
                coupled |= elementwise && othersMoved(a, aPlus, r, j, cols);
            }
        }
        if (worst.count > 0) {
            throw new Refusal((elementwise ? "its derivative (backward pass)" : "its backward pass")
                    + " does not match the slope of f at " + worst.count + " of " + z.length + " probe points; worst"
                    + at(z, worst.index, cols, elementwise) + ": backward() gives " + num(worst.analytic)
                    + " but central differences give " + num(worst.numeric));
        }
        if (coupled) {
            warnings.add("elementwise() is true but an output changed when another input of its row changed;"
                    + " return false from elementwise() if outputs depend on each other (like softmax)");
        }
    }

    private static double rowDot(double[] g, double[] a, int r, int cols) {
        double s = 0;
        for (int c = 0; c < cols; c++) {
            s += g[r * cols + c] * a[r * cols + c];
        }
        return s;
    }

    private static boolean othersMoved(double[] a, double[] aPlus, int r, int j, int cols) {
        for (int c = 0; c < cols; c++) {
            if (c != j && Double.compare(a[r * cols + c], aPlus[r * cols + c]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** apply must agree with forward, and derivative with the slope of apply, point by point. */
    private static void checkScalarMethods(Activation f, double[] z, double[] a) throws Refusal {
        Worst worst = new Worst();
        for (int i = 0; i < PROBES.length; i++) {
            double zi = z[i];
            double h = 1e-5 * Math.max(1, Math.abs(zi));
            double fz;
            double fPlus;
            double fMinus;
            double d;
            String call = "apply";
            try {
                fz = f.apply(zi);
                fPlus = f.apply(zi + h);
                fMinus = f.apply(zi - h);
                call = "derivative";
                d = f.derivative(zi);
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                throw new Refusal(call + "(z) threw " + PluginDiscovery.describe(e) + " at z = " + num(zi));
            }
            if (difference(fz, a[i], 1e-9) > 1e-6) {
                throw new Refusal("apply(z) and forward() disagree at z = " + num(zi) + ": " + num(fz) + " and "
                        + num(a[i]));
            }
            if (!Double.isFinite(d)) {
                throw new Refusal("derivative(z) gives " + d + " at z = " + num(zi));
            }
            worst.offer(i, d, fPlus, fz, fMinus, (zi + h) - zi, zi - (zi - h));
        }
        if (worst.count > 0) {
            throw new Refusal("derivative(z) does not match the slope of apply(z) at " + worst.count + " of "
                    + PROBES.length + " probe points; worst at z = " + num(z[worst.index]) + ": derivative() gives "
                    + num(worst.analytic) + " but central differences give " + num(worst.numeric));
        }
    }

    private static void checkLargeInputs(Activation f, int cols, List<String> warnings) {
        int rows = (LARGE.length + cols - 1) / cols;
        double[] z = layOut(LARGE, rows, cols);
        double[] a = new double[z.length];
        double[] grad = new double[z.length];
        Arrays.fill(grad, 1.0);
        try {
            Probe.run("forward()", () -> f.forward(z.clone(), a, rows, cols));
            Probe.run("backward()", () -> f.backward(z.clone(), a.clone(), grad, grad, rows, cols));
        } catch (Refusal r) {
            warnings.add("for large inputs (+-30, +-100) " + r.getMessage());
            return;
        }
        if (Probe.firstNonFinite(a, a.length) >= 0 || Probe.firstNonFinite(grad, grad.length) >= 0) {
            warnings.add("gives NaN or infinity for large inputs (+-30, +-100), so training stops once weights grow"
                    + " large");
        }
    }

    /** The probe point where the derivative is furthest from the finite differences. */
    private static final class Worst {
        int count;
        int index;
        double error;
        double analytic;
        double numeric;

        /**
         * Compares a derivative with the differences of {@code s} around a point; a mismatch with the central
         * difference is forgiven when the derivative matches either one-sided difference (a kink).
         */
        void offer(int i, double derivative, double sPlus, double s0, double sMinus, double hPlus, double hMinus) {
            double central = (sPlus - sMinus) / (hPlus + hMinus);
            double e = difference(derivative, central, 1);
            if (e <= TOLERANCE) {
                return;
            }
            double right = (sPlus - s0) / hPlus;
            double left = (s0 - sMinus) / hMinus;
            if (difference(derivative, right, 1) <= ONE_SIDED_TOLERANCE
                    || difference(derivative, left, 1) <= ONE_SIDED_TOLERANCE) {
                return;
            }
            count++;
            if (e > error) {
                error = e;
                index = i;
                analytic = derivative;
                numeric = central;
            }
        }
    }
}
