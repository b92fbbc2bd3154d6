package org.mlpsandbox.engine.io;

import java.util.Arrays;
import org.mlpsandbox.engine.net.DenseLayer;

/**
 * The weights and biases of one dense layer, as saved in an experiment. Immutable: the arrays are copied in and out.
 *
 * @param weights {@code outputs × inputs}, row-major (the weight from input {@code i} to neuron {@code j} is
 *                {@code weights[j * inputs + i]}), as in {@link DenseLayer}
 * @param bias    one per neuron
 */
public record LayerParameters(double[] weights, double[] bias) {

    /** @throws IllegalArgumentException when a value is NaN or infinite */
    public LayerParameters {
        weights = weights.clone();
        bias = bias.clone();
        checkFinite(weights, "weight");
        checkFinite(bias, "bias");
    }

    /** A copy of a layer's current parameters. */
    public static LayerParameters of(DenseLayer layer) {
        return new LayerParameters(layer.weights(), layer.bias());
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    /** Number of weights, without copying them. */
    public int weightCount() {
        return weights.length;
    }

    /** Number of biases, without copying them. */
    public int biasCount() {
        return bias.length;
    }

    private static void checkFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " " + i + " is " + values[i]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerParameters p && Arrays.equals(p.weights, weights) && Arrays.equals(p.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LayerParameters[" + weights.length + " weights, " + bias.length + " biases]";
    }
}
