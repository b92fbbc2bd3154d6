package org.mlpsandbox.app.view.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Walkers on a curve doing gradient descent (or ascent): each step is x ← x − rate·f′(x) (ascent: + rate·f′(x)).
 * A walker that leaves the plotted range, or lands where f is undefined, is gone and stops. No Swing.
 */
public final class GradientDescentModel {

    /** One walker: where it has been, and whether it is gone. */
    public static final class Walker {
        private final List<Double> trail = new ArrayList<>();
        private boolean gone;

        Walker(double start) {
            trail.add(start);
        }

        public double x() {
            return trail.get(trail.size() - 1);
        }

        /** Every position so far, the start first. */
        public List<Double> trail() {
            return List.copyOf(trail);
        }

        /** True once the walker left the plotted range (or f is undefined where it landed). */
        public boolean gone() {
            return gone;
        }
    }

    private Curve curve;
    private double learningRate = 0.05;
    private boolean ascent;
    private int walkerCount;
    private long seed;
    private int steps;
    private final List<Walker> walkers = new ArrayList<>();

    /** Five walkers on sin(3x) + x, rate 0.05, seed 1. */
    public GradientDescentModel() {
        this(Curve.sinePlusLine(), 5, 1);
    }

    public GradientDescentModel(Curve curve, int walkerCount, long seed) {
        this.curve = curve;
        this.walkerCount = walkerCount;
        this.seed = seed;
        reset();
    }

    /** New random starting points from the current seed, spread over the plotted range (away from its edges). */
    public void reset() {
        SplittableRandom random = new SplittableRandom(seed);
        double margin = 0.05 * (curve.xMax() - curve.xMin());
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < walkerCount; i++) {
            starts.add(random.nextDouble(curve.xMin() + margin, curve.xMax() - margin));
        }
        placeWalkers(starts);
    }

    /** Puts the walkers at these positions, with fresh trails. */
    public void placeWalkers(List<Double> starts) {
        walkers.clear();
        for (double x : starts) {
            walkers.add(new Walker(x));
        }
        steps = 0;
    }

    /** Reset with the next seed: new random starting points. */
    public void resetWithNewSeed() {
        seed++;
        reset();
    }

    /** One step for every walker still on the curve. */
    public void step() {
        double sign = ascent ? 1 : -1;
        for (Walker w : walkers) {
            if (w.gone) {
                continue;
            }
            double x = w.x() + sign * learningRate * curve.slope(w.x());
            w.trail.add(x);
            if (!(x >= curve.xMin() && x <= curve.xMax()) || !Double.isFinite(curve.value(x))) {
                w.gone = true;
            }
        }
        steps++;
    }

    /** True when every walker is gone or has (almost) stopped moving. */
    public boolean settled() {
        for (Walker w : walkers) {
            if (!w.gone && Math.abs(learningRate * curve.slope(w.x())) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** Changes the curve and starts again. */
    public void setCurve(Curve newCurve) {
        curve = newCurve;
        reset();
    }

    public Curve curve() {
        return curve;
    }

    public List<Walker> walkers() {
        return List.copyOf(walkers);
    }

    public double learningRate() {
        return learningRate;
    }

    public void setLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be positive, got " + rate);
        }
        learningRate = rate;
    }

    public boolean ascent() {
        return ascent;
    }

    /** Descent (false) walks downhill to minima, ascent (true) uphill to maxima. */
    public void setAscent(boolean on) {
        ascent = on;
    }

    public int steps() {
        return steps;
    }

    public long seed() {
        return seed;
    }
}
