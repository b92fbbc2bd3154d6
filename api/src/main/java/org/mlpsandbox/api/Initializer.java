package org.mlpsandbox.api;

import java.util.random.RandomGenerator;

/**
 * Chooses a layer's starting weights. Biases start at zero and are not the initializer's business.
 *
 * <p>Randomness comes only from the generator handed in, so the same seed gives the same network. Never create a
 * generator of your own.
 */
public interface Initializer extends Plugin {

    /**
     * Fills a layer's weight matrix.
     *
     * @param weights writes {@code fanOut × fanIn} weights, row-major: the weight from input {@code i} to neuron
     *                {@code j} is {@code weights[j * fanIn + i]}
     * @param fanIn   inputs of the layer
     * @param fanOut  neurons of the layer
     * @param random  the only source of randomness to use
     */
    void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random);

    @Override
    default Initializer configure(Parameters parameters) {
        return this;
    }
}
