package org.mlpsandbox.api;

import java.util.random.RandomGenerator;

/**
 * A generator of synthetic data: points in the plane with class labels (classification), or a curve or surface to fit
 * (regression with one or two inputs). It shows up beside the built-in datasets (circle, spiral, sine…), and its
 * hyperparameters (a radius, a number of turns) get controls like any plugin's.
 *
 * <p>When it loads, a data source is checked: {@link #inputCount()} is 1 or 2 (2 for classification),
 * {@link #classCount()} is 0 (regression) or 2 to 10, and a few hundred samples drawn with and without noise are
 * finite, with labels that are whole numbers in {@code [0, classCount)}, and the same for the same seed.
 */
public interface DataSource extends Plugin {

    /** How many inputs each sample has: 2 for classification (a point in the plane), 1 or 2 for regression. */
    int inputCount();

    /** How many classes: 2 to 10 for classification, 0 for regression (one real target per sample). */
    int classCount();

    /**
     * Draws {@code samples} samples. Use only {@code random}, so that the same seed gives the same data.
     *
     * @param inputs  receives the inputs, {@code samples × inputCount()}, row by row; about [-5, 5] for classification
     *                (as the built-ins), about [-2, 2] for regression, so that the plots look alike
     * @param targets receives one target per sample: the class index (0, 1, …) or the value to fit
     * @param samples how many to draw
     * @param noise   the user's noise level, a standard deviation in input units (0 for clean data)
     * @param random  the only source of randomness to use
     */
    void generate(double[] inputs, double[] targets, int samples, double noise, RandomGenerator random);

    @Override
    default DataSource configure(Parameters parameters) {
        return this;
    }
}
