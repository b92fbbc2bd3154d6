package org.mlpsandbox.plugins.init;

import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Initializer;

/**
 * He (Kaiming) normal: w ~ N(0, σ²) with σ² = 2 / fanIn, a plain (not truncated) normal distribution. Made for ReLU
 * layers, which zero about half their inputs (He et al., 2015).
 */
public final class HeNormal implements Initializer {

    public HeNormal() {
    }

    @Override
    public String id() {
        return "he-normal";
    }

    @Override
    public String displayName() {
        return "He / Kaiming normal";
    }

    @Override
    public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double sigma = Math.sqrt(2.0 / fanIn);
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
