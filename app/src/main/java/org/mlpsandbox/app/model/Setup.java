package org.mlpsandbox.app.model;

import java.util.List;
import java.util.Set;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Everything a lesson (or a saved experiment) sets in one go: the data, the input features, the hidden layers, the
 * output layer's activation, the loss, the initializer and its seed, and how to train. Apply it with
 * {@link SandboxModel#apply(Setup)}; read the window's current one with {@link SandboxModel#currentSetup()}.
 *
 * @param data             how the data is generated
 * @param features         input features for 2-D data (ignored for other data); empty means x₁, x₂
 * @param hiddenLayers     hidden layers, first to last; may be empty
 * @param outputActivation the output layer's activation; its size follows from the data
 * @param loss             the loss
 * @param initializer      the weight initializer
 * @param networkSeed      seed of the starting weights
 * @param training         how to train
 */
public record Setup(DataSettings data, Set<Feature> features, List<LayerSpec> hiddenLayers,
                    PluginChoice outputActivation, PluginChoice loss, PluginChoice initializer, long networkSeed,
                    TrainingSettings training) {

    public Setup {
        features = Set.copyOf(features);
        hiddenLayers = List.copyOf(hiddenLayers);
    }
}
