package org.mlpsandbox.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.plugins.Registered;

/** Every registered loss: its gradient against central differences of its value, and the mean-over-rows rule. */
class LossContractTest {

    private static final int ROWS = 5;
    private static final int COLS = 3;
    private static final double H = 1e-6;

    static List<Loss> losses() {
        return Registered.losses();
    }

    /** Outputs in (0.05, 0.95), where every loss is smooth, and targets in [0, 1]. */
    private static double[][] randomBatch(SplittableRandom random) {
        double[] y = new double[ROWS * COLS];
        double[] t = new double[ROWS * COLS];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextDouble(0.05, 0.95);
            t[i] = random.nextDouble();
        }
        return new double[][] {y, t};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void gradientMatchesCentralDifferencesOfValue(Loss loss) {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 20; trial++) {
            double[][] batch = randomBatch(random);
            double[] y = batch[0];
            double[] t = batch[1];
            double[] grad = new double[y.length];
            loss.valueAndGradient(y, t, grad, ROWS, COLS);
            for (int i = 0; i < y.length; i++) {
                double[] plus = y.clone();
                double[] minus = y.clone();
                plus[i] += H;
                minus[i] -= H;
                double numeric = (loss.value(plus, t, ROWS, COLS) - loss.value(minus, t, ROWS, COLS)) / (2 * H);
                assertEquals(numeric, grad[i], 1e-7 * Math.max(1, Math.abs(numeric)),
                        loss.id() + ": dC/dy[" + i + "] at y = " + y[i] + ", t = " + t[i]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void valueAndGradientReturnsExactlyTheValueAndLeavesInputsAlone(Loss loss) {
        SplittableRandom random = new SplittableRandom(22);
        for (int trial = 0; trial < 50; trial++) {
            double[][] batch = randomBatch(random);
            double[] y = batch[0];
            double[] t = batch[1];
            double[] yBefore = y.clone();
            double[] tBefore = t.clone();
            double[] grad = new double[y.length];
            Arrays.fill(grad, Double.NaN);
            double value = loss.value(y, t, ROWS, COLS);
            assertEquals(value, loss.valueAndGradient(y, t, grad, ROWS, COLS), 0.0);
            for (double g : grad) {
                assertTrue(Double.isFinite(g), "every gradient entry must be written");
            }
            assertArrayEquals(yBefore, y);
            assertArrayEquals(tBefore, t);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void isAMeanOverRows(Loss loss) {
        double[][] batch = randomBatch(new SplittableRandom(23));
        double[] y = batch[0];
        double[] t = batch[1];
        // The same batch twice over: the same mean cost, and half the gradient per entry.
        double[] y2 = concat(y, y);
        double[] t2 = concat(t, t);
        double[] grad = new double[y.length];
        double[] grad2 = new double[y2.length];
        double value = loss.valueAndGradient(y, t, grad, ROWS, COLS);
        assertEquals(value, loss.valueAndGradient(y2, t2, grad2, 2 * ROWS, COLS), 1e-15);
        for (int i = 0; i < y.length; i++) {
            assertEquals(grad[i] / 2, grad2[i], 1e-15);
            assertEquals(grad[i] / 2, grad2[y.length + i], 1e-15);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void staysFiniteAtZeroAndOne(Loss loss) {
        double[] y = {0, 1, 0, 1};
        double[] t = {0, 1, 1, 0};
        double[] grad = new double[4];
        double value = loss.valueAndGradient(y, t, grad, 2, 2);
        assertTrue(Double.isFinite(value), loss.id() + " = " + value);
        assertEquals(value, loss.value(y, t, 2, 2), 0.0);
        for (double g : grad) {
            assertTrue(Double.isFinite(g), loss.id() + ": gradient " + g);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void aPerfectOneHotPredictionCostsAlmostNothing(Loss loss) {
        double[] y = {1, 0, 0, 0, 0, 1};
        assertTrue(loss.value(y, y.clone(), 2, 3) < 1e-12, loss.id());
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
