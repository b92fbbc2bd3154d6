package org.mlpsandbox.plugins.init;

import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Initializer;

/**
 * Uniform on (−1, 1): w ~ U(−1, 1), whatever the layer size, so Var(w) = 1/3. What the classic tutorials use; it
 * makes wide or deep sigmoid networks saturate, which is the point of the lesson on Xavier and He.
 */
public final class UniformUnit implements Initializer {

    public UniformUnit() {
    }

    @Override
    public String id() {
        return "uniform";
    }

    @Override
    public String displayName() {
        return "Uniform (-1, 1)";
    }

    @Override
    public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        int n = fanIn * fanOut;
        for (int i = 0; i < n; i++) {
            weights[i] = 2 * random.nextDouble() - 1;
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
