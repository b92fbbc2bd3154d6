package org.mlpsandbox.app.cli;

import java.util.SplittableRandom;
import org.mlpsandbox.engine.data.Dataset;

/**
 * The data of the benchmark's digits workloads: uniform pixels in [0, 1) and random one-hot labels, seeded, the shape
 * and cost of MNIST, not its content. Used by {@code bench} and by {@code bench/kernels/StepBench.java}, so that a
 * step timed alone trains on the same samples as an epoch of {@code bench}.
 */
public final class SyntheticDigits {

    private SyntheticDigits() {
    }

    /** {@code samples} digits, 784 pixels and 10 classes each, from {@code seed}. */
    public static Dataset of(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[samples * 784];
        double[] y = new double[samples * 10];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble();
        }
        for (int i = 0; i < samples; i++) {
            y[i * 10 + random.nextInt(10)] = 1;
        }
        return new Dataset("synthetic digits", 784, 10, 10, x, y);
    }
}
