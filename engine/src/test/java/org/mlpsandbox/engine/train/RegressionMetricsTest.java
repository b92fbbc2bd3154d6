package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

    @Test
    void handComputedValuesForOneColumn() {
        // targets 1, 2, 3, 4 (mean 2.5, Σ(t - t̄)² = 5); residuals 0.5, -0.5, 1, 0
        RegressionMetrics m = RegressionMetrics.of(new double[] {1.5, 1.5, 4, 4}, new double[] {1, 2, 3, 4}, 1);
        assertEquals(1 - 1.5 / 5, m.r2(), 1e-12);
        assertEquals(Math.sqrt(1.5 / 4), m.rmse(), 1e-12);
        assertEquals(2.0 / 4, m.mae(), 1e-12);
    }

    @Test
    void eachColumnIsMeasuredAgainstItsOwnMean() {
        // column 0: targets 0, 2 (mean 1); column 1: targets 100, 104 (mean 102); predicting the means gives R² = 0
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 102, 1, 102}, new double[] {0, 100, 2, 104}, 2);
        assertEquals(0, m.r2(), 1e-12);
        assertEquals(Math.sqrt((1 + 4 + 1 + 4) / 4.0), m.rmse(), 1e-12);
        assertEquals(1.5, m.mae(), 1e-12);
    }

    @Test
    void perfectFitAndConstantTargets() {
        assertEquals(1, RegressionMetrics.of(new double[] {3, -1}, new double[] {3, -1}, 1).r2(), 0);
        assertTrue(Double.isNaN(RegressionMetrics.of(new double[] {1, 2}, new double[] {5, 5}, 1).r2()));
        assertTrue(Double.isNaN(RegressionMetrics.of(new double[0], new double[0], 1).rmse()));
    }

    @Test
    void fromTheMeanSquaredErrorGivesTheSameR2AndRmse() {
        double[] y = {1.5, 1.5, 4, 4};
        double[] t = {1, 2, 3, 4};
        RegressionMetrics direct = RegressionMetrics.of(y, t, 1);
        RegressionMetrics fromLoss = RegressionMetrics.fromMeanSquaredError(1.5 / 4, t, 1);
        assertEquals(direct.r2(), fromLoss.r2(), 1e-12);
        assertEquals(direct.rmse(), fromLoss.rmse(), 1e-12);
        assertTrue(Double.isNaN(fromLoss.mae()));
    }
}
