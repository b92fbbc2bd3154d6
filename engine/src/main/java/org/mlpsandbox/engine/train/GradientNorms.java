package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.ResidentWeights;
import org.mlpsandbox.engine.net.Gradients;
import org.mlpsandbox.engine.net.Network;

/**
 * The regularisation terms of the weight gradients, and the size of each layer's gradient after them: ‖∂C/∂W‖, which
 * the progress events report (vanishing and exploding gradients show here). Layers whose weights train in native
 * memory (see {@link ResidentWeights}) are never regularised and get their norm measured on request.
 */
final class GradientNorms {

    private final double[] norms;
    private final KernelBackend passes;

    /** @param passes sums the squares (two-threaded for large layers) */
    GradientNorms(int layers, KernelBackend passes) {
        this.norms = new double[layers];
        this.passes = passes;
    }

    /**
     * Adds λ₂·W + λ₁·sign(W) to every weight gradient (biases are not regularised), then measures each layer's
     * gradient norm; stops at the first layer with a value that is not finite.
     *
     * @return whether every gradient is finite
     */
    boolean regularise(Network network, Gradients gradients, double l1, double l2) {
        boolean regularize = l1 != 0 || l2 != 0;
        for (int l = 0; l < network.layerCount(); l++) {
            if (network.residentWeights(l) != null) {
                // ∂C/∂W is computed inside the fused update (no regularisation there); its δ is checked through ∂C/∂b
                if (!Double.isFinite(passes.sumOfSquares(gradients.bias(l)))) {
                    return false;
                }
                continue;
            }
            double[] g = gradients.weights(l);
            if (regularize) {
                double[] w = network.layer(l).weights();
                for (int i = 0; i < w.length; i++) {
                    g[i] += l2 * w[i] + l1 * Math.signum(w[i]);
                }
            }
            // without regularisation the backward pass has already summed the squares, while computing g
            double weights = regularize ? passes.sumOfSquares(g) : gradients.weightSquares(l);
            double bias = passes.sumOfSquares(gradients.bias(l));
            norms[l] = Math.sqrt(weights);
            if (!Double.isFinite(weights) || !Double.isFinite(bias)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The norms of the last step, one per layer (the live array: the event copies it). A layer whose weights train
     * in native memory has its norm computed now, from the δ and inputs its last update used.
     */
    double[] values(Network network) {
        for (int l = 0; l < norms.length; l++) {
            ResidentWeights resident = network.residentWeights(l);
            double norm = resident == null ? Double.NaN : resident.lastGradientNorm();
            if (!Double.isNaN(norm)) {
                norms[l] = norm;
            }
        }
        return norms;
    }
}
