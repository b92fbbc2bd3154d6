package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.ResidentWeights;
import org.mlpsandbox.engine.net.Network;

/**
 * A copy of a network's parameters from before an update, so that a failed update can be undone ({@link #restore})
 * and a successful one measured ({@link #updateRatios}). Buffers sized once; saving allocates nothing. Weights that
 * train in native memory are saved there, by their {@link ResidentWeights}.
 */
final class ParameterBackup {

    private final double[][] weights;
    private final double[][] bias;
    private final KernelBackend passes;

    /** @param passes copies the arrays (two-threaded for large layers) */
    ParameterBackup(Network network, KernelBackend passes) {
        int n = network.layerCount();
        this.weights = new double[n][];
        this.bias = new double[n][];
        for (int l = 0; l < n; l++) {
            weights[l] = new double[network.layer(l).weights().length];
            bias[l] = new double[network.layer(l).bias().length];
        }
        this.passes = passes;
    }

    /** Copies every parameter of {@code network}. */
    void save(Network network) {
        for (int l = 0; l < weights.length; l++) {
            ResidentWeights resident = network.residentWeights(l);
            if (resident != null) {
                resident.save();
            } else {
                passes.copy(network.layer(l).weights(), weights[l]);
            }
            passes.copy(network.layer(l).bias(), bias[l]);
        }
    }

    /** Puts the saved parameters back into {@code network}. */
    void restore(Network network) {
        for (int l = 0; l < weights.length; l++) {
            ResidentWeights resident = network.residentWeights(l);
            if (resident != null) {
                resident.restore();
                System.arraycopy(bias[l], 0, network.layer(l).bias(), 0, bias[l].length);
            } else {
                network.setParameters(l, weights[l], bias[l]);
            }
        }
    }

    /**
     * Per layer, how far the network's weights are from the saved ones relative to their size:
     * ‖W_now − W_saved‖ / ‖W_saved‖ (the "update : parameter" ratio of the DL4J training UI; healthy training is
     * often near 1e-3).
     */
    void updateRatios(Network network, double[] out) {
        for (int l = 0; l < weights.length; l++) {
            ResidentWeights resident = network.residentWeights(l);
            if (resident != null) {
                resident.copySaved(weights[l]);
            }
            double[] after = network.layer(l).weights();
            double[] before = weights[l];
            double moved = 0;
            double size = 0;
            for (int i = 0; i < after.length; i++) {
                double d = after[i] - before[i];
                moved += d * d;
                size += before[i] * before[i];
            }
            out[l] = size == 0 ? (moved == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.sqrt(moved / size);
        }
    }
}
