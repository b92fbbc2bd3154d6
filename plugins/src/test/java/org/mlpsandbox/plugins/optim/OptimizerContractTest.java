package org.mlpsandbox.plugins.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.plugins.Registered;

/** Every registered optimizer: it minimises a quadratic, keeps its state per array, and never touches the gradient. */
class OptimizerContractTest {

    /** A learning rate that suits each optimizer on f(p) = Σ(p − 3)²; a new optimizer must be given one here. */
    private static final Map<String, Double> LEARNING_RATES =
            Map.of("sgd", 0.1, "rmsprop", 0.01, "adam", 0.1, "adamax", 0.1);

    static List<Optimizer> optimizers() {
        return Registered.optimizers();
    }

    private static double f(double[] p) {
        double sum = 0;
        for (double x : p) {
            sum += (x - 3) * (x - 3);
        }
        return sum;
    }

    private static void gradient(double[] p, double[] g) {
        for (int i = 0; i < p.length; i++) {
            g[i] = 2 * (p[i] - 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void lowersAQuadraticFromZero(Optimizer optimizer) {
        Double learningRate = LEARNING_RATES.get(optimizer.id());
        assertNotNull(learningRate, "no learning rate chosen for " + optimizer.id());
        double[] p = new double[5];
        double[] g = new double[5];
        double start = f(p);
        Optimizer.State state = optimizer.newState(p.length);
        for (int step = 0; step < 500; step++) {
            gradient(p, g);
            state.update(p, g, learningRate);
        }
        assertTrue(f(p) < 1e-3 * start, optimizer.id() + " ended at f = " + f(p) + ", p = " + p[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void leavesTheGradientAlone(Optimizer optimizer) {
        Optimizer.State state = optimizer.newState(3);
        double[] g = {0.5, -1, 0};
        state.update(new double[3], g, 0.1);
        assertArrayEquals(new double[] {0.5, -1, 0}, g);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void aNewStateStartsFresh(Optimizer optimizer) {
        double[] g = {0.5, -1, 2};
        Optimizer.State first = optimizer.newState(3);
        double[] firstStep = new double[3];
        first.update(firstStep, g, 0.1);
        for (int i = 0; i < 10; i++) {
            first.update(new double[3], g, 0.1);
        }
        // A new state must not have inherited the moments or step count of the old one.
        double[] again = new double[3];
        optimizer.newState(3).update(again, g, 0.1);
        assertArrayEquals(firstStep, again, 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void statesOfOneOptimizerAreIndependent(Optimizer optimizer) {
        double[] g1 = {0.5, -1};
        double[] g2 = {-3, 0.25};
        Optimizer.State a = optimizer.newState(2);
        Optimizer.State b = optimizer.newState(2);
        double[] pa = new double[2];
        double[] pb = new double[2];
        for (int i = 0; i < 3; i++) {
            a.update(pa, g1, 0.1);
            b.update(pb, g2, 0.1);
        }
        Optimizer.State alone = optimizer.newState(2);
        double[] p = new double[2];
        for (int i = 0; i < 3; i++) {
            alone.update(p, g1, 0.1);
        }
        assertArrayEquals(p, pa, 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void everyHyperparameterChangesTheSteps(Optimizer optimizer) {
        // Start from every setting at the middle of its range (a flag then reads as on), and move one at a time.
        Map<String, Double> middle = new HashMap<>();
        for (Hyperparameter h : optimizer.hyperparameters()) {
            middle.put(h.key(), (h.min() + h.max()) / 2);
        }
        for (Hyperparameter h : optimizer.hyperparameters()) {
            Map<String, Double> low = new HashMap<>(middle);
            Map<String, Double> high = new HashMap<>(middle);
            low.put(h.key(), h.min());
            high.put(h.key(), h.max());
            assertFalse(Arrays.equals(threeSteps(optimizer, low), threeSteps(optimizer, high)),
                    optimizer.id() + ": " + h.key() + " makes no difference");
        }
    }

    private static double[] threeSteps(Optimizer prototype, Map<String, Double> chosen) {
        Optimizer optimizer = (Optimizer) prototype.configure(Parameters.of(prototype.hyperparameters(), chosen));
        Optimizer.State state = optimizer.newState(2);
        double[] p = new double[2];
        state.update(p, new double[] {0.5, -1}, 0.1);
        state.update(p, new double[] {-0.25, -1}, 0.1);
        state.update(p, new double[] {2, 0.125}, 0.1);
        return p;
    }
}
