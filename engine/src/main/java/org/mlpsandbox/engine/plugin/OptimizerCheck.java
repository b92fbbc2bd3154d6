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
 * and that two states from {@code newState} do not share memory (the weights and biases of a layer each get one).
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
