package org.mlpsandbox.engine.net;

import org.mlpsandbox.api.Activation;

/**
 * A fully connected layer: {@code z = W·a_prev + b}, {@code a = f(z)}. Holds its parameters only; the per-batch
 * buffers live in a {@link Workspace}.
 *
 * <p>{@code weights} is {@code outputs × inputs}, row-major: the weight from input {@code i} to neuron {@code j} is
 * {@code weights[j * inputs + i]}.
 */
public final class DenseLayer {

    private final int inputs;
    private final int outputs;
    private final double[] weights;
    private final double[] bias;
    private final Activation activation;

    DenseLayer(int inputs, int outputs, Activation activation) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new double[outputs * inputs];
        this.bias = new double[outputs];
        this.activation = activation;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** The live weights ({@code outputs × inputs}); written by training. */
    public double[] weights() {
        return weights;
    }

    /** The live biases ({@code outputs}); written by training. */
    public double[] bias() {
        return bias;
    }

    public Activation activation() {
        return activation;
    }

    public double weight(int neuron, int input) {
        return weights[neuron * inputs + input];
    }

    public int parameterCount() {
        return weights.length + bias.length;
    }
}
