package org.mlpsandbox.plugins.init;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Initializer;

/**
 * All weights zero: w = 0. Every neuron of a layer then computes the same thing and receives the same gradient, so
 * the neurons never become different — a lesson on symmetry breaking, and the right start for a single neuron.
 * Draws nothing from the generator.
 */
public final class Zeros implements Initializer {

    public Zeros() {
    }

    @Override
    public String id() {
        return "zeros";
    }

    @Override
    public String displayName() {
        return "Zeros";
    }

    @Override
    public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Arrays.fill(weights, 0, fanIn * fanOut, 0.0);
    }

    @Override
    public String toString() {
        return id();
    }
}
