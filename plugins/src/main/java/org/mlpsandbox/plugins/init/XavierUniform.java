package org.mlpsandbox.plugins.init;

import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Initializer;

/**
 * Xavier (Glorot) uniform: w ~ U(−L, L) with L = √(6 / (fanIn + fanOut)), so Var(w) = 2 / (fanIn + fanOut).
 * Keeps the variance of activations and gradients roughly constant through tanh and sigmoid layers
 * (Glorot &amp; Bengio, 2010).
 */
public final class XavierUniform implements Initializer {

    public XavierUniform() {
    }

    @Override
    public String id() {
        return "xavier-uniform";
    }

    @Override
    public String displayName() {
        return "Xavier / Glorot uniform";
    }

    @Override
    public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        int n = fanIn * fanOut;
        for (int i = 0; i < n; i++) {
            weights[i] = limit * (2 * random.nextDouble() - 1);
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
