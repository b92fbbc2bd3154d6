package org.mlpsandbox.examples.huber;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Parameters;

/**
 * The Huber loss: quadratic for small errors, linear for large ones, so outliers pull less than with squared error.
 * Per output, with e = y − t: ½e² when |e| ≤ δ, else δ(|e| − ½δ). The cost of a sample is the sum over its outputs;
 * the batch cost is the mean over samples, so every gradient entry carries a factor 1/rows.
 */
public final class HuberLoss implements Loss {

    private final double delta;

    public HuberLoss() {
        this(1.0);
    }

    private HuberLoss(double delta) {
        this.delta = delta;
    }

    @Override
    public String id() {
        return "example.huber";
    }

    @Override
    public String displayName() {
        return "Huber";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(new Hyperparameter("delta", "δ (where quadratic turns linear)", 1.0, 1e-3, 100.0));
    }

    @Override
    public Loss configure(Parameters parameters) {
        return new HuberLoss(parameters.get("delta"));
    }

    @Override
    public double value(double[] y, double[] t, int rows, int cols) {
        double sum = 0;
        for (int i = 0; i < rows * cols; i++) {
            double e = Math.abs(y[i] - t[i]);
            sum += e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta);
        }
        return sum / rows;
    }

    @Override
    public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
        for (int i = 0; i < rows * cols; i++) {
            double e = y[i] - t[i];
            grad[i] = Math.max(-delta, Math.min(delta, e)) / rows;
        }
        return value(y, t, rows, cols);
    }
}
