package org.mlpsandbox.app.view.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradient descent on f(x) = x² (slope 2x) from the same start with several learning rates side by side:
 * x ← x − rate·2x. With the lesson's rates 1, 0.9, 0.3 and 0.05 from x = −1: bouncing between −1 and 1 forever,
 * zig-zagging in, converging, crawling; and a fifth rate the student types ({@value #YOUR_RATE} at first: above 1,
 * it explodes). No Swing.
 */
public final class LearningRateModel {

    /** The lesson's rates. */
    public static final double[] LESSON_RATES = {1, 0.9, 0.3, 0.05};
    /** The student's own rate at first, the last of the lesson's model. */
    public static final double YOUR_RATE = 1.1;
    /** The largest rate the student may type (beyond it, x leaves any plot after a step or two anyway). */
    public static final double MAX_RATE = 10;

    private final double[] rates;
    private final double start;
    private final List<List<Double>> paths = new ArrayList<>();

    /** The lesson: rates 1, 0.9, 0.3, 0.05 and the student's (1.1 at first) from x = −1. */
    public LearningRateModel() {
        this(new double[] {LESSON_RATES[0], LESSON_RATES[1], LESSON_RATES[2], LESSON_RATES[3], YOUR_RATE}, -1);
    }

    public LearningRateModel(double[] rates, double start) {
        this.rates = rates.clone();
        this.start = start;
        reset();
    }

    public static double f(double x) {
        return x * x;
    }

    public static double slope(double x) {
        return 2 * x;
    }

    /** Every path back to the start. */
    public void reset() {
        paths.clear();
        for (int i = 0; i < rates.length; i++) {
            List<Double> p = new ArrayList<>();
            p.add(start);
            paths.add(p);
        }
    }

    /** One step for every rate. */
    public void step() {
        for (int i = 0; i < rates.length; i++) {
            List<Double> p = paths.get(i);
            double x = p.get(p.size() - 1);
            p.add(x - rates[i] * slope(x));
        }
    }

    /**
     * Changes rate {@code i} and replays its path for the steps taken so far, so it stands beside the others.
     *
     * @throws IllegalArgumentException unless {@code 0 < rate <= }{@value #MAX_RATE}
     */
    public void setRate(int i, double rate) {
        if (!(rate > 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("a learning rate above 0 and at most " + (int) MAX_RATE
                    + ", please");
        }
        int steps = steps();
        rates[i] = rate;
        List<Double> p = paths.get(i);
        p.clear();
        p.add(start);
        for (int k = 0; k < steps; k++) {
            double x = p.get(p.size() - 1);
            p.add(x - rate * slope(x));
        }
    }

    /** Steps taken so far. */
    public int steps() {
        return paths.get(0).size() - 1;
    }

    public int rateCount() {
        return rates.length;
    }

    public double rate(int i) {
        return rates[i];
    }

    /** x after {@code step} steps with rate {@code i} (step 0 is the start). */
    public double x(int i, int step) {
        return paths.get(i).get(step);
    }

    /** The whole path of rate {@code i}. */
    public List<Double> path(int i) {
        return List.copyOf(paths.get(i));
    }

    /** A word for what rate {@code i} does on x²: its step multiplies x by (1 − 2·rate). */
    public String behaviour(int i) {
        double factor = 1 - 2 * rates[i];
        if (Math.abs(factor + 1) < 1e-12) {
            return "overshoots forever";
        }
        if (factor < -1) {
            return "explodes";
        }
        if (factor >= 1) {
            return "stays put";
        }
        if (factor < 0) {
            return "zig-zags in";
        }
        return factor < 0.5 ? "converges" : "crawls";
    }
}
