package org.mlpsandbox.engine.data;

import java.util.SplittableRandom;

/** Draws sample {@code i} of a synthetic dataset into row {@code i} of {@code x} and {@code y}. */
@FunctionalInterface
interface RowSampler {

    void sample(SplittableRandom random, double noise, int i, double[] x, double[] y);
}
