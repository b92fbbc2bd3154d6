package org.mlpsandbox.engine.net;

import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * Everything needed to build a network with its starting weights: input size, the hidden and output layers, the loss,
 * the initializer and the seed. Two networks built from equal specs are identical, bit for bit.
 *
 * @param inputs      values per sample, at least 1
 * @param layers      hidden layers then the output layer, at least one
 * @param loss        the cost the network is trained on
 * @param initializer how weights start (biases start at zero)
 * @param seed        seed of the initializer's random source
 */
public record NetworkSpec(int inputs, List<LayerSpec> layers, PluginChoice loss, PluginChoice initializer,
                          long seed) {

    public NetworkSpec {
        layers = List.copyOf(layers);
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(initializer, "initializer");
    }

    /** Number of outputs: the size of the last layer. */
    public int outputs() {
        return layers.isEmpty() ? 0 : layers.get(layers.size() - 1).size();
    }

    /** Sizes from input to output, e.g. [2, 8, 8, 1]. */
    public int[] sizes() {
        int[] s = new int[layers.size() + 1];
        s[0] = inputs;
        for (int i = 0; i < layers.size(); i++) {
            s[i + 1] = layers.get(i).size();
        }
        return s;
    }

    /** Number of weights and biases. */
    public long parameterCount() {
        long n = 0;
        int[] s = sizes();
        for (int i = 1; i < s.length; i++) {
            n += (long) s[i] * s[i - 1] + s[i];
        }
        return n;
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(inputs, layers, loss, initializer, newSeed);
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(inputs, newLayers, loss, initializer, seed);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(inputs);
        for (LayerSpec l : layers) {
            b.append(" → ").append(l);
        }
        return b + ", loss " + loss + ", init " + initializer + ", seed " + seed;
    }
}
