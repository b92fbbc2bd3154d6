package org.mlpsandbox.plugins.loss;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;

/**
 * Categorical cross-entropy, for softmax outputs and one-hot (or probability) targets: per sample
 * −Σ_c t_c · ln ŷ_c, summed over the classes (columns), then averaged over the samples (rows):
 * <pre>
 *   C = −1/rows · Σ_r Σ_c t_rc · ln ŷ_rc,     ∂C/∂y_rc = −t_rc / (ŷ_rc · rows),
 * </pre>
 * where ŷ = max(y, 1e-15), so an output of 0 gives a large but finite cost, never NaN or ∞. With softmax before it
 * and targets that sum to 1 per row, the chain rule collapses to the well-known ∂C/∂z = (a − t)/rows.
 */
public final class CategoricalCrossEntropy implements Loss {

    private static final double EPSILON = 1e-15;

    public CategoricalCrossEntropy() {
    }

    @Override
    public String id() {
        return "categorical-cross-entropy";
    }

    @Override
    public String displayName() {
        return "Categorical cross-entropy";
    }

    @Override
    public double value(double[] y, double[] t, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum -= t[i] * Math.log(Math.max(y[i], EPSILON));
        }
        return sum / rows;
    }

    @Override
    public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double yi = Math.max(y[i], EPSILON);
            sum -= t[i] * Math.log(yi);
            grad[i] = -t[i] / (yi * rows);
        }
        return sum / rows;
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public Activation.OutputKind expects() {
        return Activation.OutputKind.DISTRIBUTION;
    }
}
