package org.mlpsandbox.engine.export;

import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;

/**
 * Folds an input normalisation into the first layer, so that an exported network takes the raw inputs. With
 * {@code x' = (x − s) / k} per input i, the first layer's {@code z = W·x' + b} equals {@code W'·x + b'} where
 * {@code W'[j][i] = W[j][i] / k[i]} and {@code b'[j] = b[j] − Σᵢ W[j][i]·s[i] / k[i]}: the same function with
 * no extra step for the exporter to write.
 */
public final class NormalizationFold {

    private NormalizationFold() {
    }

    /**
     * A copy of {@code network} that computes on raw inputs what {@code network} computes on normalised ones; the
     * network itself when {@code normalization} is none.
     *
     * @throws IllegalArgumentException when the statistics are not for the network's inputs
     */
    public static Network fold(Network network, Normalization normalization) {
        if (normalization.isNone()) {
            return network;
        }
        double[] s = normalization.shift();
        double[] k = normalization.scale();
        if (s.length != network.inputs()) {
            throw new IllegalArgumentException("the normalisation is for " + s.length + " inputs, the network has "
                    + network.inputs());
        }
        Network folded = network.copy();
        DenseLayer first = network.layer(0);
        int in = first.inputs();
        double[] w = first.weights().clone();
        double[] b = first.bias().clone();
        for (int j = 0; j < first.outputs(); j++) {
            double shift = 0;
            for (int i = 0; i < in; i++) {
                w[j * in + i] /= k[i];
                shift += w[j * in + i] * s[i];
            }
            b[j] -= shift;
        }
        folded.setParameters(0, w, b);
        return folded;
    }
}
