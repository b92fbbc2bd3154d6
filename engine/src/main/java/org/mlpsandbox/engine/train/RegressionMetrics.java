package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/**
 * How well a regression network fits: over all samples and target columns, with residuals e = y − t,
 * <ul>
 *   <li>R² = 1 − Σe² / Σ(t − t̄)², t̄ the mean of each target column (1 is a perfect fit, 0 is no better than
 *       predicting the mean; it can be negative);</li>
 *   <li>RMSE = √(Σe² / N), in the units of the target;</li>
 *   <li>MAE = Σ|e| / N.</li>
 * </ul>
 *
 * @param r2   coefficient of determination; {@code NaN} when the targets do not vary or there are no samples
 * @param rmse root mean squared error; {@code NaN} without samples
 * @param mae  mean absolute error; {@code NaN} without samples
 */
public record RegressionMetrics(double r2, double rmse, double mae) {

    public static final RegressionMetrics NONE = new RegressionMetrics(Double.NaN, Double.NaN, Double.NaN);

    /** The metrics of {@code network}'s outputs on {@code data} (regression data: {@code classCount == 0}). */
    public static RegressionMetrics of(Network network, Dataset data) {
        int n = data.size();
        if (n == 0) {
            return NONE;
        }
        return of(network.predict(data.x(), n), data.y(), data.targetCount());
    }

    /** The metrics of predictions {@code y} for targets {@code t}, both {@code rows × columns} row-major. */
    public static RegressionMetrics of(double[] y, double[] t, int columns) {
        int n = t.length;
        if (n == 0) {
            return NONE;
        }
        double[] mean = new double[columns];
        for (int k = 0; k < n; k++) {
            mean[k % columns] += t[k] * columns / n;
        }
        double squares = 0;
        double absolute = 0;
        double spread = 0;
        for (int k = 0; k < n; k++) {
            double e = y[k] - t[k];
            squares += e * e;
            absolute += Math.abs(e);
            double d = t[k] - mean[k % columns];
            spread += d * d;
        }
        return new RegressionMetrics(spread > 0 ? 1 - squares / spread : Double.NaN, Math.sqrt(squares / n),
                absolute / n);
    }

    /**
     * R² and RMSE from a mean squared error over the cells of {@code t} (the "mse" loss), for views that have the loss
     * but not the predictions; MAE is then unknown ({@code NaN}).
     */
    public static RegressionMetrics fromMeanSquaredError(double mse, double[] t, int columns) {
        int n = t.length;
        if (n == 0 || !Double.isFinite(mse)) {
            return NONE;
        }
        double[] mean = new double[columns];
        for (int k = 0; k < n; k++) {
            mean[k % columns] += t[k] * columns / n;
        }
        double spread = 0;
        for (int k = 0; k < n; k++) {
            double d = t[k] - mean[k % columns];
            spread += d * d;
        }
        return new RegressionMetrics(spread > 0 ? 1 - mse * n / spread : Double.NaN, Math.sqrt(mse), Double.NaN);
    }
}
