package org.mlpsandbox.plugins.loss;

import org.mlpsandbox.api.Loss;

/**
 * Mean squared error: the plain mean of (y − t)² over all {@code rows × cols} entries,
 * <pre>
 *   C = 1/(rows·cols) · Σ_r Σ_c (y_rc − t_rc)²,     ∂C/∂y_rc = 2 (y_rc − t_rc) / (rows·cols).
 * </pre>
 * That is, the per-sample cost is the mean over the output columns of (y − t)², and the batch cost the mean over the
 * samples, as in most tutorials and in Keras, PyTorch ({@code MSELoss}) and scikit-learn. With one output it is the
 * ordinary mean of squared residuals. (Nielsen's book uses ½‖y − t‖² per sample instead: that differs by the factor
 * cols/2, which only rescales the learning rate.)
 */
public final class MeanSquaredError implements Loss {

    public MeanSquaredError() {
    }

    @Override
    public String id() {
        return "mse";
    }

    @Override
    public String displayName() {
        return "Mean squared error";
    }

    @Override
    public double value(double[] y, double[] t, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - t[i];
            sum += e * e;
        }
        return sum / n;
    }

    @Override
    public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
        int n = rows * cols;
        double scale = 2.0 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - t[i];
            sum += e * e;
            grad[i] = scale * e;
        }
        return sum / n;
    }

    @Override
    public String toString() {
        return id();
    }
}
