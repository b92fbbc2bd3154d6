package org.mlpsandbox.plugins.init;

import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Initializer;

/**
 * Xavier (Glorot) normal: w ~ N(0, σ²) with σ² = 2 / (fanIn + fanOut), a plain (not truncated) normal distribution.
 */
public final class XavierNormal implements Initializer {

    public XavierNormal() {
    }

    @Override
    public String id() {
        return "xavier-normal";
    }

    @Override
    public String displayName() {
        return "Xavier / Glorot normal";
    }

    @Override
    public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double sigma = Math.sqrt(2.0 / (fanIn + fanOut));
        int n = fanIn * fanOut;
        for (int i = 0; i < n; i++) {
            weights[i] = sigma * random.nextGaussian();
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
