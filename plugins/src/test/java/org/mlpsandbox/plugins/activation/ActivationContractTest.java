package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.plugins.Registered;

/**
 * Every registered activation against central finite differences of its own forward pass: the backward pass must be
 * the gradient of F(z) = Σ g·a(z) for a random g, which for elementwise activations is g·f′(z) and for softmax the
 * row vector–Jacobian product.
 */
class ActivationContractTest {

    private static final int ROWS = 3;
    private static final int COLS = 5;
    private static final double H = 1e-5;

    static List<Activation> activations() {
        return Registered.activations();
    }

    /** The activations that work value by value (all but softmax among the built-ins). */
    static List<Activation> elementwiseActivations() {
        return Registered.activations().stream().filter(Activation::elementwise).toList();
    }

    /** Random inputs in (−3, 3), kept at least 0.05 away from the kink of ReLU-like functions at 0. */
    private static double[] randomZ(SplittableRandom random, int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double magnitude = random.nextDouble(0.05, 3);
            z[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        return z;
    }

    private static double[] random(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        return v;
    }

    private static double weightedSum(Activation f, double[] z, double[] g) {
        double[] a = new double[z.length];
        f.forward(z, a, ROWS, COLS);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += g[i] * a[i];
        }
        return sum;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwiseActivations")
    void batchForwardEqualsScalarApply(Activation f) {
        double[] z = randomZ(new SplittableRandom(1), ROWS * COLS);
        double[] a = new double[z.length];
        f.forward(z, a, ROWS, COLS);
        for (int i = 0; i < z.length; i++) {
            assertEquals(f.apply(z[i]), a[i], 1e-15 * Math.max(1, Math.abs(a[i])), "at z = " + z[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwiseActivations")
    void scalarDerivativeMatchesCentralDifferenceOfApply(Activation f) {
        for (double z : randomZ(new SplittableRandom(2), 200)) {
            double numeric = (f.apply(z + H) - f.apply(z - H)) / (2 * H);
            assertEquals(numeric, f.derivative(z), 1e-7 * Math.max(1, Math.abs(numeric)), "f'(" + z + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void backwardMatchesCentralDifferenceOfForward(Activation f) {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            double[] z = randomZ(random, ROWS * COLS);
            double[] g = random(random, ROWS * COLS);
            double[] a = new double[z.length];
            f.forward(z, a, ROWS, COLS);
            double[] gradZ = new double[z.length];
            f.backward(z, a, g, gradZ, ROWS, COLS);
            for (int i = 0; i < z.length; i++) {
                double[] plus = z.clone();
                double[] minus = z.clone();
                plus[i] += H;
                minus[i] -= H;
                double numeric = (weightedSum(f, plus, g) - weightedSum(f, minus, g)) / (2 * H);
                assertEquals(numeric, gradZ[i], 1e-7 * Math.max(1, Math.abs(numeric)),
                        f.id() + ": dC/dz[" + i + "] at z = " + z[i]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void backwardWorksInPlaceAndLeavesItsInputsAlone(Activation f) {
        SplittableRandom random = new SplittableRandom(4);
        double[] z = randomZ(random, ROWS * COLS);
        double[] g = random(random, ROWS * COLS);
        double[] a = new double[z.length];
        f.forward(z, a, ROWS, COLS);
        double[] zBefore = z.clone();
        double[] aBefore = a.clone();
        double[] gBefore = g.clone();

        double[] separate = new double[z.length];
        f.backward(z, a, g, separate, ROWS, COLS);
        assertArrayEquals(gBefore, g, "gradA was modified");

        double[] inPlace = g.clone();
        f.backward(z, a, inPlace, inPlace, ROWS, COLS);
        assertArrayEquals(separate, inPlace, "gradZ == gradA gave a different result");
        assertArrayEquals(zBefore, z, "z was modified");
        assertArrayEquals(aBefore, a, "a was modified");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void staysFiniteForExtremeInputs(Activation f) {
        double[] z = {1000, -1000, 0, 1e-300, -745, 710};
        int cols = 2;
        int rows = z.length / cols;
        double[] a = new double[z.length];
        f.forward(z, a, rows, cols);
        double[] gradZ = new double[z.length];
        f.backward(z, a, new double[] {1, -1, 1, 1, -1, 1}, gradZ, rows, cols);
        for (int i = 0; i < z.length; i++) {
            assertTrue(Double.isFinite(a[i]), f.id() + "(" + z[i] + ") = " + a[i]);
            assertTrue(Double.isFinite(gradZ[i]), f.id() + ": gradient at " + z[i] + " = " + gradZ[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void minimumWidthFitsTheKind(Activation f) {
        assertEquals(f.elementwise() ? 1 : 2, f.minimumWidth());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void everyHyperparameterChangesTheOutput(Activation f) {
        double[] z = randomZ(new SplittableRandom(6), ROWS * COLS);
        for (Hyperparameter h : f.hyperparameters()) {
            Activation low = f.configure(Parameters.of(f.hyperparameters(), Map.of(h.key(), h.min())));
            Activation high = f.configure(Parameters.of(f.hyperparameters(), Map.of(h.key(), h.max())));
            double[] aLow = new double[z.length];
            double[] aHigh = new double[z.length];
            low.forward(z, aLow, ROWS, COLS);
            high.forward(z, aHigh, ROWS, COLS);
            assertFalse(Arrays.equals(aLow, aHigh), f.id() + ": " + h.key() + " makes no difference");
        }
    }
}
