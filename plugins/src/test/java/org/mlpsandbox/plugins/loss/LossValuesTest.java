package org.mlpsandbox.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small cases worked out by hand. */
class LossValuesTest {

    @Test
    void meanSquaredErrorIsThePlainMeanOverAllEntries() {
        MeanSquaredError mse = new MeanSquaredError();
        double[] grad = new double[2];
        // One sample, two outputs: ((1−0)² + (2−0)²) / 2 = 2.5; ∂C/∂y = 2(y − t)/2 = {1, 2}.
        assertEquals(2.5, mse.valueAndGradient(new double[] {1, 2}, new double[] {0, 0}, grad, 1, 2));
        assertArrayEquals(new double[] {1, 2}, grad);
        // Two samples, one output: the same numbers, now a mean over samples.
        assertEquals(2.5, mse.valueAndGradient(new double[] {1, 2}, new double[] {0, 0}, grad, 2, 1));
        assertArrayEquals(new double[] {1, 2}, grad);
        // (0 + 1 + 4 + 9) / 4 = 3.5
        assertEquals(3.5, mse.value(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1}, 2, 2));
    }

    @Test
    void logLossOfOneOutput() {
        LogLoss logLoss = new LogLoss();
        double[] grad = new double[1];
        // −ln 0.5 = ln 2; ∂/∂y of −ln y is −1/y = −2.
        assertEquals(Math.log(2), logLoss.valueAndGradient(new double[] {0.5}, new double[] {1}, grad, 1, 1), 1e-15);
        assertEquals(-2, grad[0], 1e-15);
    }

    @Test
    void logLossAveragesOverColumnsAndRows() {
        LogLoss logLoss = new LogLoss();
        double[] grad = new double[4];
        // Columns: (−ln 0.9 − ln(1 − 0.2)) / 2 for the first sample, (−ln(1 − 0.3) − ln 0.6) / 2 for the second.
        double expected = ((-Math.log(0.9) - Math.log(0.8)) / 2 + (-Math.log(0.7) - Math.log(0.6)) / 2) / 2;
        double value = logLoss.valueAndGradient(new double[] {0.9, 0.2, 0.3, 0.6}, new double[] {1, 0, 0, 1}, grad,
                2, 2);
        assertEquals(expected, value, 1e-15);
        // ∂/∂y: −1/y where t = 1, 1/(1 − y) where t = 0, each over rows·cols = 4.
        assertArrayEquals(new double[] {-1 / 0.9 / 4, 1 / 0.8 / 4, 1 / 0.7 / 4, -1 / 0.6 / 4}, grad, 1e-14);
    }

    @Test
    void logLossClampsSaturatedOutputs() {
        LogLoss logLoss = new LogLoss();
        double[] grad = new double[2];
        double value = logLoss.valueAndGradient(new double[] {0, 1}, new double[] {1, 0}, grad, 1, 2);
        assertEquals(-Math.log(1e-15), value, 1e-12, "both entries as wrong as the clamp allows");
        assertTrue(grad[0] < -1e14 && Double.isFinite(grad[0]), "pushes y = 0 up: " + grad[0]);
        assertTrue(grad[1] > 1e14 && Double.isFinite(grad[1]), "pushes y = 1 down: " + grad[1]);
        assertTrue(logLoss.value(new double[] {1, 0}, new double[] {1, 0}, 1, 2) < 1e-14);
    }

    @Test
    void categoricalCrossEntropySumsOverClassesAndAveragesOverSamples() {
        CategoricalCrossEntropy cce = new CategoricalCrossEntropy();
        double[] y = {0.7, 0.2, 0.1, 0.1, 0.8, 0.1};
        double[] t = {1, 0, 0, 0, 1, 0};
        double[] grad = new double[6];
        double value = cce.valueAndGradient(y, t, grad, 2, 3);
        assertEquals((-Math.log(0.7) - Math.log(0.8)) / 2, value, 1e-15);
        assertArrayEquals(new double[] {-1 / 0.7 / 2, 0, 0, 0, -1 / 0.8 / 2, 0}, grad, 1e-15);
    }

    @Test
    void categoricalCrossEntropyClampsZeroOutputs() {
        CategoricalCrossEntropy cce = new CategoricalCrossEntropy();
        double[] grad = new double[2];
        double value = cce.valueAndGradient(new double[] {0, 1}, new double[] {1, 0}, grad, 1, 2);
        assertEquals(-Math.log(1e-15), value, 1e-12);
        assertEquals(-1e15, grad[0], 1);
        assertEquals(0, grad[1], 0.0);
    }
}
