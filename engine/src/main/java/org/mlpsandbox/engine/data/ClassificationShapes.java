package org.mlpsandbox.engine.data;

import java.util.SplittableRandom;

/**
 * The point clouds of two or more classes, on the scale of TensorFlow Playground: points lie in about [-5, 5]², which suits tanh
 * networks. Each method draws sample {@code i}: two inputs and one target, the class number (0/1 for two classes). The label is decided on the clean point;
 * then both coordinates get Gaussian jitter of standard deviation {@code noise}, so noise blurs the classes without
 * looking at them. The jitter is drawn even when the noise is 0, so that one seed gives the same points at every noise.
 */
final class ClassificationShapes {

    /** Half the width of the data: points lie in about [-RADIUS, RADIUS]². */
    static final double RADIUS = 5;

    private ClassificationShapes() {
    }

    /** Class 1 inside a circle of radius 2.5 around the origin, class 0 in a ring from 3.5 to 5; half each. */
    static void circle(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        int label = i % 2;
        double r = label == 1 ? random.nextDouble(0, 0.5 * RADIUS) : random.nextDouble(0.7 * RADIUS, RADIUS);
        double angle = random.nextDouble(0, 2 * Math.PI);
        put(random, noise, i, x, r * Math.cos(angle), r * Math.sin(angle));
        y[i] = label;
    }

    /** Class 1 where x1 and x2 have the same sign; points keep 0.3 away from the axes so the classes do not touch. */
    static void xor(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double x1 = awayFromAxis(random);
        double x2 = awayFromAxis(random);
        put(random, noise, i, x, x1, x2);
        y[i] = x1 * x2 > 0 ? 1 : 0;
    }

    /** Two round Gaussian blobs of standard deviation 1: class 1 around (2, 2), class 0 around (-2, -2); half each. */
    static void gauss(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        int label = i % 2;
        double centre = label == 1 ? 2 : -2;
        put(random, noise, i, x, centre + random.nextGaussian(), centre + random.nextGaussian());
        y[i] = label;
    }

    /** Two spirals of 1.75 turns out to radius 5, the second turned by half a turn; half each. */
    static void spiral(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        spiral(2).sample(random, noise, i, x, y);
    }

    /**
     * {@code k} spiral arms of 1.75 turns out to radius 5, arm c turned by c/k of a turn; sample i is on arm i mod k,
     * and {@code y[i]} is that class number (0 to k - 1). With k = 2 this is {@link #spiral}.
     */
    static RowSampler spiral(int k) {
        return (random, noise, i, x, y) -> {
            int label = i % k;
            double t = random.nextDouble();
            double r = RADIUS * t;
            double angle = 1.75 * 2 * Math.PI * t + label * (2 * Math.PI / k);
            put(random, noise, i, x, r * Math.sin(angle), r * Math.cos(angle));
            y[i] = label;
        };
    }

    /**
     * {@code k} round Gaussian blobs of standard deviation 0.8 whose centres lie evenly on a circle of radius 3.5
     * (the first straight up); sample i is in blob i mod k, and {@code y[i]} is that class number.
     */
    static RowSampler blobs(int k) {
        return (random, noise, i, x, y) -> {
            int label = i % k;
            double angle = label * (2 * Math.PI / k);
            double cx = 0.7 * RADIUS * Math.sin(angle);
            double cy = 0.7 * RADIUS * Math.cos(angle);
            put(random, noise, i, x, cx + 0.8 * random.nextGaussian(), cy + 0.8 * random.nextGaussian());
            y[i] = label;
        };
    }

    /** Uniform points; class 1 where x·(1, -1.5) > 0.4. */
    static void linear(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double x1 = random.nextDouble(-RADIUS, RADIUS);
        double x2 = random.nextDouble(-RADIUS, RADIUS);
        put(random, noise, i, x, x1, x2);
        y[i] = x1 - 1.5 * x2 > 0.4 ? 1 : 0;
    }

    private static double awayFromAxis(SplittableRandom random) {
        double magnitude = random.nextDouble(0.3, RADIUS);
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    private static void put(SplittableRandom random, double noise, int i, double[] x, double x1, double x2) {
        x[2 * i] = x1 + noise * random.nextGaussian();
        x[2 * i + 1] = x2 + noise * random.nextGaussian();
    }
}
