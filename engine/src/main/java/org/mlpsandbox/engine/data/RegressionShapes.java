package org.mlpsandbox.engine.data;

import java.util.SplittableRandom;

/**
 * The regression curves. Inputs are uniform on a small interval (mostly [-2, 2]); the target is the curve's value plus
 * Gaussian noise of standard deviation {@code noise}. The noise is drawn even when it is 0, so that one seed gives the
 * same inputs at every noise level.
 */
final class RegressionShapes {

    /** The bent line's corner: where its two straight pieces meet. */
    static final double BEND_X = 0.5;

    private RegressionShapes() {
    }

    /** y = x + 2 for x in [-2, 2]. */
    static void line(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double u = random.nextDouble(-2, 2);
        x[i] = u;
        y[i] = u + 2 + noise * random.nextGaussian();
    }

    /** Two straight pieces meeting at (0.5, 0): slope -0.5 to the left, 1.5 to the right; x in [-2, 2]. */
    static void bent(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double u = random.nextDouble(-2, 2);
        x[i] = u;
        double slope = u < BEND_X ? -0.5 : 1.5;
        y[i] = slope * (u - BEND_X) + noise * random.nextGaussian();
    }

    /** y = sin(x) for x in [-π, π]. */
    static void sine(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double u = random.nextDouble(-Math.PI, Math.PI);
        x[i] = u;
        y[i] = Math.sin(u) + noise * random.nextGaussian();
    }

    /** y = x² for x in [-2, 2]. */
    static void square(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double u = random.nextDouble(-2, 2);
        x[i] = u;
        y[i] = u * u + noise * random.nextGaussian();
    }

    /** y = 1.5·x1 - 0.5·x2 + 1 for (x1, x2) in [-2, 2]². */
    static void plane(SplittableRandom random, double noise, int i, double[] x, double[] y) {
        double x1 = random.nextDouble(-2, 2);
        double x2 = random.nextDouble(-2, 2);
        x[2 * i] = x1;
        x[2 * i + 1] = x2;
        y[i] = 1.5 * x1 - 0.5 * x2 + 1 + noise * random.nextGaussian();
    }
}
