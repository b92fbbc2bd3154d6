package org.mlpsandbox.engine.plugin;

import static org.mlpsandbox.engine.plugin.Probe.num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpsandbox.api.Optimizer;

/**
 * Checks that an optimizer lowers f(p) = Σ (pᵢ − cᵢ)² from p = 0 within {@value #STEPS} steps. Learning rates differ
 * in meaning between optimizers, so it tries 0.1, 0.01 and 0.001 and refuses only when none of them lowers f; when the
 * best one lowers f by less than half, that is a warning. It also checks that {@code update} leaves the gradient alone
 * and that two states from {@code newState} do not share memory (the weights and biases of a layer each get one), and
 * that a state claiming to be plain gradient descent is.
 */
final class OptimizerCheck {

    static final int STEPS = 300;
    private static final double[] RATES = {0.1, 0.01, 0.001};
    private static final double[] CENTRE = {1.0, -2.0, 0.5, 3.0, -1.5};

    private OptimizerCheck() {
    }

    static void run(Optimizer optimizer, List<String> warnings) throws Refusal {
        double start = f(new double[CENTRE.length]);
        double best = Double.POSITIVE_INFINITY;
        List<String> outcomes = new ArrayList<>();
        for (double rate : RATES) {
            double[] p = new double[CENTRE.length];
            Optimizer.State state = newState(optimizer);
            String outcome = descend(state, p, rate, STEPS);
            double end = f(p);
            outcomes.add("rate " + num(rate) + ": " + (outcome != null ? outcome : "f = " + num(end)));
            if (outcome == null) {
                best = Math.min(best, end);
            }
        }
        String summary = "from f = " + num(start) + " at p = 0, after " + STEPS + " steps: "
                + String.join(", ", outcomes);
        if (!(best < start)) {
            throw new Refusal("it does not lower the quadratic f(p) = sum of (p - c)^2 " + summary);
        }
        if (!(best < start / 2)) {
            warnings.add("it lowers the quadratic f(p) = sum of (p - c)^2 only slowly, " + summary);
        }
        checkIndependentStates(optimizer, warnings);
        checkPlainClaim(optimizer);
    }

    /**
     * A state that says it is plain gradient descent gets its large layers trained by the engine's own fused update
     * (p ← p − η·g), not by {@code update}: so {@code update} must be exactly that, or training would differ from what
     * the plugin's author wrote.
     */
    private static void checkPlainClaim(Optimizer optimizer) throws Refusal {
        Optimizer.State state = newState(optimizer);
        if (!Probe.call("isPlainGradientDescent()", state::isPlainGradientDescent)) {
            return;
        }
        double[] p = new double[CENTRE.length];
        double[] gradient = new double[p.length];
        for (int step = 1; step <= 5; step++) {
            gradientAt(p, gradient);
            double[] expected = p.clone();
            for (int i = 0; i < p.length; i++) {
                expected[i] -= 0.1 * gradient[i];
            }
            Probe.run("update()", () -> state.update(p, gradient, 0.1));
            for (int i = 0; i < p.length; i++) {
                if (Math.abs(p[i] - expected[i]) > 1e-12 * Math.max(1, Math.abs(expected[i]))) {
                    throw new Refusal("its state says isPlainGradientDescent() but update() is not p - rate * g (at"
                            + " step " + step + ", p[" + i + "] is " + num(p[i]) + ", expected " + num(expected[i])
                            + "); the engine would train large layers with p - rate * g instead: return false there");
                }
            }
        }
    }

    private static Optimizer.State newState(Optimizer optimizer) throws Refusal {
        Optimizer.State state = Probe.call("newState(" + CENTRE.length + ")", () -> optimizer.newState(CENTRE.length));
        if (state == null) {
            throw new Refusal("newState() returned null");
        }
        return state;
    }

    /** Runs {@code steps} updates on f; returns null, or what went wrong when p became NaN. */
    private static String descend(Optimizer.State state, double[] p, double rate, int steps) throws Refusal {
        double[] gradient = new double[p.length];
        for (int step = 1; step <= steps; step++) {
            gradientAt(p, gradient);
            double[] before = gradient.clone();
            Probe.run("update()", () -> state.update(p, gradient, rate));
            if (!Arrays.equals(before, gradient)) {
                throw new Refusal("update() changed the gradient array; it must only read it");
            }
            if (Probe.firstNonFinite(p, p.length) >= 0) {
                return "p became NaN or infinite at step " + step;
            }
        }
        return null;
    }

    private static void gradientAt(double[] p, double[] gradient) {
        for (int i = 0; i < p.length; i++) {
            gradient[i] = 2 * (p[i] - CENTRE[i]);
        }
    }

    private static double f(double[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - CENTRE[i]) * (p[i] - CENTRE[i]);
        }
        return s;
    }

    /** Two states stepped in turn must each follow the path of a state stepped alone. */
    private static void checkIndependentStates(Optimizer optimizer, List<String> warnings) throws Refusal {
        double[] alone = new double[CENTRE.length];
        descend(newState(optimizer), alone, 0.01, 20);
        Optimizer.State first = newState(optimizer);
        Optimizer.State second = newState(optimizer);
        double[] p1 = new double[CENTRE.length];
        double[] p2 = new double[CENTRE.length];
        for (int step = 0; step < 20; step++) {
            descend(first, p1, 0.01, 1);
            descend(second, p2, 0.01, 1);
        }
        if (!Arrays.equals(alone, p1) || !Arrays.equals(alone, p2)) {
            warnings.add("two states from newState() affect each other (or updates are not repeatable): keep"
                    + " momentum and step counts in the State, not in the optimizer");
        }
    }
}
