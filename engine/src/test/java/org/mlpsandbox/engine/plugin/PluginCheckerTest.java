package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;

/** The load-time checks on plugins written inline, against values worked out by hand. */
class PluginCheckerTest {

    private static PluginChecker.Result check(PluginKind kind, Plugin p) {
        return PluginChecker.check(kind, p, p.hyperparameters());
    }

    private static void assertStatus(PluginStatus expected, PluginChecker.Result r, String... parts) {
        assertEquals(expected, r.status(), r.reason());
        for (String part : parts) {
            assertTrue(r.reason().contains(part), "'" + r.reason() + "' should mention '" + part + "'");
        }
    }

    @Test
    void everyBuiltInPassesOkAndQuickly() {
        PluginRegistry builtIns = PluginRegistry.builtIn();
        assertFalse(builtIns.entries().isEmpty(), "no built-ins found on the class path");
        for (PluginEntry e : builtIns.entries()) {
            assertEquals(PluginStatus.OK, e.status(), e.toString());
        }
        long start = System.nanoTime();
        for (PluginEntry e : builtIns.entries()) {
            PluginChecker.check(e.kind(), e.prototype(), e.hyperparameters());
        }
        double msEach = (System.nanoTime() - start) / 1e6 / builtIns.entries().size();
        assertTrue(msEach < 50, "checks take " + msEach + " ms per plugin");
    }

    /** f(z) = |z|·z/2 has f′ = |z|; with a kink in f′ but not f. And ReLU-like kinks in f itself. */
    @Test
    void kinksAreNotFalseAlarms() {
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, elementwise("kink.relu",
                z -> Math.max(0, z), z -> z > 0 ? 1 : 0)));
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, elementwise("kink.relu-right",
                z -> Math.max(0, z), z -> z >= 0 ? 1 : 0)));
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, elementwise("kink.abs",
                Math::abs, Math::signum)));
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, elementwise("kink.hard-tanh",
                z -> Math.max(-1, Math.min(1, z)), z -> Math.abs(z) < 1 ? 1 : 0)));
    }

    @Test
    void aWrongDerivativeIsRefusedWithTheWorstPoint() {
        // f = z³, claimed f′ = 3z: the relative error |3z² − 3z| / max(1, |3z|, 3z²) is worst at z = -1 (2, against
        // 1.1 at z = -10), where the claim is -3 and the slope 3
        assertStatus(PluginStatus.REFUSED, check(PluginKind.ACTIVATION, elementwise("wrong.cube",
                z -> z * z * z, z -> 3 * z)), "z = -1:", "gives -3 ", "give 3");
    }

    @Test
    void aScalarDerivativeThatDisagreesWithItsOwnApplyIsRefused() {
        Activation a = new Activation() {
            public String id() { return "wrong.scalar"; }
            public String displayName() { return "Scalar"; }
            public double apply(double z) { return Math.tanh(z); }
            public double derivative(double z) { return 1; }
            @Override
            public void backward(double[] z, double[] a, double[] gA, double[] gZ, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    gZ[i] = gA[i] * (1 - a[i] * a[i]);
                }
            }
        };
        assertStatus(PluginStatus.REFUSED, check(PluginKind.ACTIVATION, a), "derivative(z)", "apply(z)");
    }

    @Test
    void nanOrInfinityIsRefusedAndOnlyForHugeInputsIsAWarning() {
        assertStatus(PluginStatus.REFUSED, check(PluginKind.ACTIVATION, elementwise("nan.log",
                Math::log, z -> 1 / z)), "NaN", "z = -10");
        // e^z/(1+e^z) overflows to ∞/∞ = NaN at z = 1000 only; at ±100 e^100 is still finite, so use exp(z²)
        assertStatus(PluginStatus.WARNING, check(PluginKind.ACTIVATION, elementwise("huge.gauss-up",
                z -> Math.exp(z * z / 4), z -> z / 2 * Math.exp(z * z / 4))), "large inputs");
    }

    @Test
    void softmaxIsCheckedThroughItsBatchMethods() {
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, new TestSoftmax(false)));
        // a backward that forgets the coupling (uses only the diagonal a(1 − a)) is wrong
        assertStatus(PluginStatus.REFUSED, check(PluginKind.ACTIVATION, new TestSoftmax(true)), "backward pass",
                "of z = [");
    }

    /**
     * A default outside its range or a reversed range cannot even be declared: the api's record refuses it, so a
     * plugin declaring one fails in hyperparameters() and is refused at discovery (see PluginLoadingTest).
     */
    @Test
    void hyperparametersMustHaveDefaultsInRangeAndMinNotAboveMax() {
        IllegalArgumentException outside = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new Hyperparameter("alpha", "Slope", 2, 0, 1));
        assertTrue(outside.getMessage().contains("'alpha'") && outside.getMessage().contains("default 2.0")
                && outside.getMessage().contains("[0.0, 1.0]"), outside.getMessage());
        IllegalArgumentException reversed = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new Hyperparameter("alpha", "Slope", 0.5, 1, 0));
        assertTrue(reversed.getMessage().contains("min <= max"), reversed.getMessage());
        assertStatus(PluginStatus.OK, check(PluginKind.ACTIVATION, withParameter(
                new Hyperparameter("alpha", "Slope", 0.5, 0, 1))));
    }

    @Test
    void lossesAreCheckedAgainstDifferencesAndTheMeanOverRows() {
        assertStatus(PluginStatus.OK, check(PluginKind.LOSS, new SquaredError(1)));
        assertStatus(PluginStatus.REFUSED, check(PluginKind.LOSS, new SquaredError(4)), "4 times too large",
                "mean");
        Loss nan = new SquaredError(1) {
            @Override
            public double value(double[] y, double[] t, int rows, int cols) {
                return Math.log(y[0] - 0.5);
            }
        };
        assertStatus(PluginStatus.REFUSED, check(PluginKind.LOSS, nan), "NaN");
    }

    @Test
    void optimizersMustLowerAQuadratic() {
        assertStatus(PluginStatus.OK, check(PluginKind.OPTIMIZER, new SignedSgd(1)));
        assertStatus(PluginStatus.REFUSED, check(PluginKind.OPTIMIZER, new SignedSgd(-1)), "does not lower",
                "rate 0.1", "rate 0.001");
        // 1e-4 of the learning rate: f falls, but not even by half in 300 steps at any rate
        assertStatus(PluginStatus.WARNING, check(PluginKind.OPTIMIZER, new SignedSgd(1e-3)), "slowly");
        Optimizer shared = new Optimizer() {
            final double[] velocity = new double[5];
            public String id() { return "shared.momentum"; }
            public String displayName() { return "Shared momentum"; }
            public State newState(int size) {
                return (p, g, lr) -> {
                    for (int i = 0; i < size; i++) {
                        velocity[i] = 0.9 * velocity[i] - lr * g[i];
                        p[i] += velocity[i];
                    }
                };
            }
        };
        assertStatus(PluginStatus.WARNING, check(PluginKind.OPTIMIZER, shared), "affect each other");
    }

    /** The engine fuses "plain gradient descent" into its own product: a state that claims it wrongly is refused. */
    @Test
    void anOptimizerThatClaimsPlainGradientDescentMustBeIt() {
        assertStatus(PluginStatus.OK, check(PluginKind.OPTIMIZER, new SignedSgd(1, true)));
        assertStatus(PluginStatus.REFUSED, check(PluginKind.OPTIMIZER, new SignedSgd(0.5, true)),
                "isPlainGradientDescent", "p - rate * g");
        assertStatus(PluginStatus.OK, check(PluginKind.OPTIMIZER, new SignedSgd(0.5, false)));
    }

    @Test
    void initializersMustWriteFiniteWeightsOfSensibleScale() {
        assertStatus(PluginStatus.OK, check(PluginKind.INITIALIZER, filler("good", r -> r.nextDouble(-0.5, 0.5))));
        assertStatus(PluginStatus.OK, check(PluginKind.INITIALIZER, filler("zeros", r -> 0)));
        assertStatus(PluginStatus.WARNING, check(PluginKind.INITIALIZER, filler("acme.zeros", r -> 0)), "zero");
        assertStatus(PluginStatus.WARNING, check(PluginKind.INITIALIZER, filler("big", r -> r.nextDouble(-50, 50))),
                "as large as");
        assertStatus(PluginStatus.REFUSED, check(PluginKind.INITIALIZER, filler("nan", r -> Double.NaN)), "NaN");
        Initializer lazy = new Initializer() {
            public String id() { return "lazy"; }
            public String displayName() { return "Lazy"; }
            public void initialize(double[] w, int fanIn, int fanOut, RandomGenerator random) {
                w[0] = 0.1;
            }
        };
        assertStatus(PluginStatus.REFUSED, check(PluginKind.INITIALIZER, lazy), "every weight");
    }

    @Test
    void whatAPluginThrowsIsTheReason() {
        Activation throwing = elementwise("throws", z -> {
            throw new ArithmeticException("no");
        }, z -> 1);
        assertStatus(PluginStatus.REFUSED, check(PluginKind.ACTIVATION, throwing), "forward() threw",
                "ArithmeticException: no");
    }

    // ---- small plugins written for the tests ----

    private static Activation elementwise(String id, java.util.function.DoubleUnaryOperator f,
                                          java.util.function.DoubleUnaryOperator df) {
        return new Activation() {
            public String id() { return id; }
            public String displayName() { return id; }
            public double apply(double z) { return f.applyAsDouble(z); }
            public double derivative(double z) { return df.applyAsDouble(z); }
        };
    }

    private static Activation withParameter(Hyperparameter h) {
        return new Activation() {
            public String id() { return "with.parameter"; }
            public String displayName() { return "With parameter"; }
            public List<Hyperparameter> hyperparameters() { return List.of(h); }
            public Activation configure(Parameters p) { return this; }
            public double apply(double z) { return z; }
            public double derivative(double z) { return 1; }
        };
    }

    private static Initializer filler(String id, java.util.function.ToDoubleFunction<RandomGenerator> value) {
        return new Initializer() {
            public String id() { return id; }
            public String displayName() { return id; }
            public void initialize(double[] w, int fanIn, int fanOut, RandomGenerator random) {
                for (int i = 0; i < fanIn * fanOut; i++) {
                    w[i] = value.applyAsDouble(random);
                }
            }
        };
    }

    /** Softmax by rows; optionally with the common mistake of a diagonal-only backward pass. */
    private record TestSoftmax(boolean diagonalOnly) implements Activation {
        public String id() { return "test.softmax"; }
        public String displayName() { return "Softmax"; }
        public boolean elementwise() { return false; }
        public int minimumWidth() { return 2; }
        public double apply(double z) { throw new UnsupportedOperationException(); }
        public double derivative(double z) { throw new UnsupportedOperationException(); }

        @Override
        public void forward(double[] z, double[] a, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < cols; c++) {
                    max = Math.max(max, z[r * cols + c]);
                }
                double sum = 0;
                for (int c = 0; c < cols; c++) {
                    a[r * cols + c] = Math.exp(z[r * cols + c] - max);
                    sum += a[r * cols + c];
                }
                for (int c = 0; c < cols; c++) {
                    a[r * cols + c] /= sum;
                }
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] gA, double[] gZ, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                double dot = 0;
                for (int c = 0; c < cols; c++) {
                    dot += gA[r * cols + c] * a[r * cols + c];
                }
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    gZ[i] = diagonalOnly ? gA[i] * a[i] * (1 - a[i]) : a[i] * (gA[i] - dot);
                }
            }
        }
    }

    /** Mean over rows of Σ (y − t)²; {@code gradScale} 4 = forgetting the 1/rows of a 4-row batch. */
    private static class SquaredError implements Loss {
        private final double gradScale;

        SquaredError(double gradScale) {
            this.gradScale = gradScale;
        }

        public String id() { return "test.se"; }
        public String displayName() { return "Squared error"; }

        public double value(double[] y, double[] t, int rows, int cols) {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) {
                s += (y[i] - t[i]) * (y[i] - t[i]);
            }
            return s / rows;
        }

        public double valueAndGradient(double[] y, double[] t, double[] g, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                g[i] = gradScale * 2 * (y[i] - t[i]) / rows;
            }
            return value(y, t, rows, cols);
        }
    }

    /**
     * p ← p − scale·lr·g: a good SGD for scale 1, uphill for −1, a crawl for tiny scales; {@code claimsPlain}: its
     * state says it is plain gradient descent.
     */
    private record SignedSgd(double scale, boolean claimsPlain) implements Optimizer {
        SignedSgd(double scale) {
            this(scale, false);
        }

        public String id() { return "test.sgd"; }
        public String displayName() { return "SGD"; }
        public State newState(int size) {
            return new State() {
                public void update(double[] p, double[] g, double lr) {
                    for (int i = 0; i < size; i++) {
                        p[i] -= scale * lr * g[i];
                    }
                }

                public boolean isPlainGradientDescent() {
                    return claimsPlain;
                }
            };
        }
    }
}
