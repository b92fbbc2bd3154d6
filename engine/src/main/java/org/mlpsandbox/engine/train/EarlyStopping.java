package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;

/**
 * Checks {@link StopConditions} after each epoch and, with patience, keeps the weights of the epoch with the lowest
 * test loss (the training loss without a test set) so that they can be put back when training ends. One per run:
 * create → {@link #afterEpoch} once per epoch → {@link #restoreBest}.
 *
 * <pre>{@code
 * EarlyStopping stopping = new EarlyStopping(conditions, trainer.network());
 * for (int e = 1; e <= epochs; e++) {
 *     trainer.epoch();
 *     StopReason stop = stopping.afterEpoch(trainer.progress());
 *     if (stop != null) break;
 * }
 * stopping.restoreBest();
 * }</pre>
 */
public final class EarlyStopping {

    private final StopConditions conditions;
    private final Network network;
    private final double[][] bestWeights;
    private final double[][] bestBias;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private long bestEpoch;
    private int epochsWithoutGain;

    public EarlyStopping(StopConditions conditions, Network network) {
        this.conditions = conditions;
        this.network = network;
        int n = conditions.patience() > 0 ? network.layerCount() : 0;
        bestWeights = new double[n][];
        bestBias = new double[n][];
        for (int l = 0; l < n; l++) {
            bestWeights[l] = new double[network.layer(l).weights().length];
            bestBias[l] = new double[network.layer(l).bias().length];
        }
    }

    /**
     * Records the epoch that {@code event} reports.
     *
     * @return why training should stop now, or {@code null} to go on
     */
    public StopReason afterEpoch(ProgressEvent event) {
        double watched = Double.isNaN(event.testLoss()) ? event.trainLoss() : event.testLoss();
        if (watched < bestLoss) {
            bestLoss = watched;
            bestEpoch = event.epoch();
            epochsWithoutGain = 0;
            keepWeights();
        } else {
            epochsWithoutGain++;
        }
        if (!Double.isNaN(conditions.stopAtLoss()) && event.trainLoss() <= conditions.stopAtLoss()) {
            return new StopReason(StopReason.Kind.LOSS_REACHED, event.epoch());
        }
        if (conditions.patience() > 0 && epochsWithoutGain >= conditions.patience()) {
            return new StopReason(StopReason.Kind.PATIENCE, event.epoch());
        }
        if (!Double.isNaN(conditions.maxSeconds()) && event.elapsedNanos() >= conditions.maxSeconds() * 1e9) {
            return new StopReason(StopReason.Kind.TIME, event.epoch());
        }
        return null;
    }

    /**
     * With patience, puts back the weights of the best epoch (when a later epoch was worse).
     *
     * @return whether the weights were changed
     */
    public boolean restoreBest() {
        if (conditions.patience() == 0 || bestEpoch == 0 || epochsWithoutGain == 0) {
            return false;
        }
        for (int l = 0; l < bestWeights.length; l++) {
            network.setParameters(l, bestWeights[l], bestBias[l]);
        }
        return true;
    }

    /** The epoch with the lowest watched loss so far (0 before the first). */
    public long bestEpoch() {
        return bestEpoch;
    }

    /** The lowest watched loss so far: the test loss, or the training loss without a test set. */
    public double bestLoss() {
        return bestLoss;
    }

    private void keepWeights() {
        for (int l = 0; l < bestWeights.length; l++) {
            DenseLayer layer = network.layer(l);
            System.arraycopy(layer.weights(), 0, bestWeights[l], 0, bestWeights[l].length);
            System.arraycopy(layer.bias(), 0, bestBias[l], 0, bestBias[l].length);
        }
    }
}
