package org.mlpsandbox.engine.train;

import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Gradients;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.Phase;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * One optimizer state per parameter array of a network (each layer's weights and biases): momentum and moment
 * estimates live here, created fresh when training starts or the optimizer changes.
 */
final class OptimizerStates {

    private final String optimizerId;
    private final Optimizer.State[] weights;
    private final Optimizer.State[] bias;

    /**
     * Fresh states for every parameter array of {@code network}.
     *
     * @throws PluginFailedException when the optimizer's {@code newState} throws
     */
    OptimizerStates(Optimizer optimizer, Network network) {
        optimizerId = optimizer.id();
        weights = new Optimizer.State[network.layerCount()];
        bias = new Optimizer.State[network.layerCount()];
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            try {
                weights[l] = optimizer.newState(layer.weights().length);
                bias[l] = optimizer.newState(layer.bias().length);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginFailedException(PluginKind.OPTIMIZER, optimizerId, l + 1, Phase.UPDATE,
                        "newState threw " + e, e);
            }
        }
    }

    /**
     * Whether the state of layer {@code l}'s weights says its update is plain gradient descent (see
     * {@link Optimizer.State#isPlainGradientDescent}); false when it throws, so the plugin's own update runs.
     */
    boolean plainWeights(int l) {
        try {
            return weights[l].isPlainGradientDescent();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Moves layer {@code l}'s biases only against their gradient (its weights move in a fused product, see
     * {@link org.mlpsandbox.engine.math.ResidentWeights}).
     *
     * @throws PluginFailedException when the optimizer throws
     */
    void updateBias(Network network, int l, Gradients gradients, double biasLearningRate) {
        try {
            bias[l].update(network.layer(l).bias(), gradients.bias(l), biasLearningRate);
        } catch (RuntimeException | LinkageError e) {
            throw failed(l, e);
        }
    }

    /**
     * Moves layer {@code l}'s weights and biases against their gradients.
     *
     * @throws PluginFailedException when the optimizer throws (the parameters may then be half updated)
     */
    void update(Network network, int l, Gradients gradients, double learningRate, double biasLearningRate) {
        DenseLayer layer = network.layer(l);
        try {
            weights[l].update(layer.weights(), gradients.weights(l), learningRate);
            bias[l].update(layer.bias(), gradients.bias(l), biasLearningRate);
        } catch (RuntimeException | LinkageError e) {
            throw failed(l, e);
        }
    }

    private PluginFailedException failed(int l, Throwable e) {
        return new PluginFailedException(PluginKind.OPTIMIZER, optimizerId, l + 1, Phase.UPDATE,
                "threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
}
