package org.mlpsandbox.plugins.loss;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;

/**
 * Log-loss, or binary cross-entropy, for sigmoid outputs: each output column is a separate yes/no probability.
 * The per-entry cost is ℓ(y, t) = −[t·ln y + (1 − t)·ln(1 − y)], and the batch cost is its plain mean over all
 * {@code rows × cols} entries (per sample: the mean over the columns; then the mean over the samples, as Keras'
 * {@code binary_crossentropy} and PyTorch's {@code BCELoss} do):
 * <pre>
 *   C = −1/(rows·cols) · Σ_r Σ_c [t·ln p + (1 − t)·ln q],     ∂C/∂y = (−t/p + (1 − t)/q) / (rows·cols),
 *   with p = max(y, 1e-15), q = max(1 − y, 1e-15),
 * </pre>
 * so an output of exactly 0 or 1 gives a large but finite cost (at most −ln 1e-15 ≈ 34.5 per entry) and gradient,
 * never NaN or ∞. Away from the clamp the gradient is the familiar (y − t) / (y(1 − y)) / (rows·cols); at the clamp
 * it is taken at the clamped point rather than being zero, so a saturated, wrong output is still pushed back.
 * Targets are usually 0 or 1; any t in [0, 1] works.
 */
public final class LogLoss implements Loss {

    private static final double EPSILON = 1e-15;

    public LogLoss() {
    }

    @Override
    public String id() {
        return "log-loss";
    }

    @Override
    public String displayName() {
        return "Log-loss (binary cross-entropy)";
    }

    @Override
    public double value(double[] y, double[] t, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.max(y[i], EPSILON);
            double q = Math.max(1 - y[i], EPSILON);
            sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(q);
        }
        return sum / n;
    }

    @Override
    public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.max(y[i], EPSILON);
            double q = Math.max(1 - y[i], EPSILON);
            sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(q);
            grad[i] = (-t[i] / p + (1 - t[i]) / q) / n;
        }
        return sum / n;
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public Activation.OutputKind expects() {
        return Activation.OutputKind.PROBABILITIES;
    }
}
