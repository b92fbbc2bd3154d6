package org.mlpsandbox.engine.net;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.math.Precision;
import org.mlpsandbox.engine.math.ResidentWeights;

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
    /** The weights' native copy while a trainer keeps them there (see {@link ResidentWeights}), else null. */
    private ResidentWeights resident;

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

    /**
     * The live weights ({@code outputs × inputs}); written by training. While a trainer keeps them in native memory
     * this copies them out first (see {@link ResidentWeights}): the training thread's business, like the rest of a
     * training network.
     */
    public double[] weights() {
        return resident == null ? weights : resident.javaWeights();
    }

    /** The native copy of the weights that training moves, or null when the Java array is all there is. */
    ResidentWeights resident() {
        return resident;
    }

    /**
     * Starts keeping the weights in native memory (with {@code precision}; a new native copy each time), or ends it
     * (null); either way the Java array is brought up to date first.
     */
    ResidentWeights keepNative(Precision precision, int capacity) {
        if (resident != null) {
            resident.javaWeights();
        }
        resident = precision == null ? null : new ResidentWeights(weights, outputs, inputs, capacity, precision);
        return resident;
    }

    /** The live biases ({@code outputs}); written by training. */
    public double[] bias() {
        return bias;
    }

    public Activation activation() {
        return activation;
    }

    public double weight(int neuron, int input) {
        return weights()[neuron * inputs + input];
    }

    public int parameterCount() {
        return weights.length + bias.length;
    }
}
