package org.mlpsandbox.engine.train;

import java.util.Objects;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * How a network is trained. Immutable; the {@code with…} methods return changed copies.
 *
 * @param optimizer        the optimizer plugin and its hyperparameters
 * @param learningRate     step size for the weights, {@code > 0}
 * @param biasLearningRate step size for the biases, {@code > 0}, or {@code NaN} for "same as the weights"
 * @param batchSize        samples per step: 1 = one at a time; a value ≥ the training set size = full batch
 * @param l1               L1 strength λ₁ ≥ 0: adds λ₁·sign(w) to every weight gradient (biases are not regularised)
 * @param l2               L2 strength λ₂ ≥ 0: adds λ₂·w to every weight gradient, i.e. C + λ₂/2·Σw²
 * @param shuffle          reshuffle the training samples at the start of every epoch
 * @param seed             seed of the shuffling
 */
public record TrainingSettings(PluginChoice optimizer, double learningRate, double biasLearningRate, int batchSize,
                               double l1, double l2, boolean shuffle, long seed) {

    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate
                    + "; typical values are 0.001 to 1 (try 0.01)");
        }
        if (!Double.isNaN(biasLearningRate) && (!(biasLearningRate > 0) || !Double.isFinite(biasLearningRate))) {
            throw new IllegalArgumentException("the bias learning rate must be a positive number (or unset to use "
                    + "the weights' rate), got " + biasLearningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
        if (!(l1 >= 0) || !Double.isFinite(l1) || !(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("regularisation strengths must be 0 or more, got L1 = " + l1
                    + ", L2 = " + l2);
        }
    }

    /** The optimizer training starts with. */
    public static final String DEFAULT_OPTIMIZER = "sgd";

    /** Plain SGD at its {@link #defaultLearningRate}, batch 10, no regularisation, shuffled, seed 1. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(PluginChoice.of(DEFAULT_OPTIMIZER), defaultLearningRate(DEFAULT_OPTIMIZER),
                Double.NaN, 10, 0, 0, true, 1);
    }

    /**
     * The learning rate to start from with an optimizer: 0.1 for plain SGD; 0.01 for the adaptive ones (Adam,
     * RMSProp, …), whose steps are already scaled per parameter and overshoot at 0.1.
     */
    public static double defaultLearningRate(String optimizerId) {
        return optimizerId.equals(DEFAULT_OPTIMIZER) ? 0.1 : 0.01;
    }

    /** The bias learning rate in effect. */
    public double effectiveBiasLearningRate() {
        return Double.isNaN(biasLearningRate) ? learningRate : biasLearningRate;
    }

    public TrainingSettings withOptimizer(PluginChoice o) {
        return new TrainingSettings(o, learningRate, biasLearningRate, batchSize, l1, l2, shuffle, seed);
    }

    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(optimizer, lr, biasLearningRate, batchSize, l1, l2, shuffle, seed);
    }

    public TrainingSettings withBiasLearningRate(double lr) {
        return new TrainingSettings(optimizer, learningRate, lr, batchSize, l1, l2, shuffle, seed);
    }

    public TrainingSettings withBatchSize(int b) {
        return new TrainingSettings(optimizer, learningRate, biasLearningRate, b, l1, l2, shuffle, seed);
    }

    public TrainingSettings withRegularization(double newL1, double newL2) {
        return new TrainingSettings(optimizer, learningRate, biasLearningRate, batchSize, newL1, newL2, shuffle, seed);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(optimizer, learningRate, biasLearningRate, batchSize, l1, l2, shuffle, s);
    }

    @Override
    public String toString() {
        return optimizer + " lr=" + learningRate + (Double.isNaN(biasLearningRate) ? "" : " biasLr=" + biasLearningRate)
                + " batch=" + batchSize + (l1 > 0 ? " l1=" + l1 : "") + (l2 > 0 ? " l2=" + l2 : "")
                + (shuffle ? "" : " no-shuffle") + " seed=" + seed;
    }
}
