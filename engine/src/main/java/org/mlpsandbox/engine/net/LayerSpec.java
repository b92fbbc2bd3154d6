package org.mlpsandbox.engine.net;

import java.util.Objects;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * One dense layer of a network spec: how many neurons, and which activation.
 *
 * @param size       neurons in the layer, at least 1
 * @param activation activation plugin and its hyperparameter values
 */
public record LayerSpec(int size, PluginChoice activation) {

    public LayerSpec {
        Objects.requireNonNull(activation, "activation");
    }

    public static LayerSpec of(int size, String activationId) {
        return new LayerSpec(size, PluginChoice.of(activationId));
    }

    @Override
    public String toString() {
        return size + ":" + activation;
    }
}
