package org.mlpsandbox.app.model;

import static org.mlpsandbox.app.model.PluginDefaults.installed;
import static org.mlpsandbox.app.model.PluginDefaults.preferred;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The network being edited: hidden layers, output activation, loss, initializer and seed, and the rules that size
 * and pair the output layer for the data. Setters return whether anything changed; {@link SandboxModel} then tells
 * listeners and rebuilds the run.
 */
final class NetworkDraft {

    /** Most neurons a layer may have in the editor. */
    static final int MAX_NEURONS = 64;
    /** Most hidden layers in the editor. */
    static final int MAX_HIDDEN_LAYERS = 8;

    private final List<LayerSpec> hidden = new ArrayList<>();
    private PluginChoice outputActivation;
    private PluginChoice loss;
    private PluginChoice initializer;
    private long seed = 1;

    /** Two hidden layers of six neurons with the preferred activation and the preferred initializer. */
    NetworkDraft(PluginRegistry plugins) {
        String act = preferred(plugins, PluginKind.ACTIVATION, "tanh", "relu", "sigmoid");
        hidden.add(new LayerSpec(6, PluginChoice.of(act)));
        hidden.add(new LayerSpec(6, PluginChoice.of(act)));
        initializer = PluginChoice.of(preferred(plugins, PluginKind.INITIALIZER, "xavier-uniform", "xavier-normal",
                "he"));
    }

    /**
     * Replaces choices whose plugin is no longer installed by a default: hidden activations and the initializer.
     *
     * @return whether the output activation or loss vanished (the caller then fits the output to the data)
     */
    boolean dropMissing(PluginRegistry plugins) {
        for (int i = 0; i < hidden.size(); i++) {
            LayerSpec l = hidden.get(i);
            if (!installed(plugins, PluginKind.ACTIVATION, l.activation().id())) {
                hidden.set(i, new LayerSpec(l.size(), PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION,
                        "tanh"))));
            }
        }
        boolean outputMissing = !installed(plugins, PluginKind.ACTIVATION, outputActivation.id())
                || !installed(plugins, PluginKind.LOSS, loss.id());
        if (!installed(plugins, PluginKind.INITIALIZER, initializer.id())) {
            initializer = PluginChoice.of(preferred(plugins, PluginKind.INITIALIZER, "xavier-uniform"));
        }
        return outputMissing;
    }

    List<LayerSpec> hiddenLayers() {
        return List.copyOf(hidden);
    }

    /** The live hidden layers, for building a {@link Setup} (which copies them). */
    List<LayerSpec> hiddenList() {
        return hidden;
    }

    boolean addLayer(PluginRegistry plugins) {
        if (hidden.size() >= MAX_HIDDEN_LAYERS) {
            return false;
        }
        hidden.add(hidden.isEmpty() ? new LayerSpec(4, PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION,
                "tanh"))) : hidden.get(hidden.size() - 1));
        return true;
    }

    boolean removeLayer() {
        if (hidden.isEmpty()) {
            return false;
        }
        hidden.remove(hidden.size() - 1);
        return true;
    }

    boolean setLayerSize(int i, int size) {
        int clamped = Math.max(1, Math.min(MAX_NEURONS, size));
        LayerSpec l = hidden.get(i);
        if (l.size() == clamped) {
            return false;
        }
        hidden.set(i, new LayerSpec(clamped, l.activation()));
        return true;
    }

    boolean setLayerActivation(int i, PluginChoice activation) {
        LayerSpec l = hidden.get(i);
        if (l.activation().equals(activation)) {
            return false;
        }
        hidden.set(i, new LayerSpec(l.size(), activation));
        return true;
    }

    void applyShape(ShapePreset preset, PluginRegistry plugins) {
        PluginChoice act = hidden.isEmpty() ? PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION, "tanh"))
                : hidden.get(0).activation();
        hidden.clear();
        for (int size : preset.sizes()) {
            hidden.add(new LayerSpec(size, act));
        }
    }

    PluginChoice outputActivation() {
        return outputActivation;
    }

    boolean setOutputActivation(PluginChoice activation) {
        if (activation.equals(outputActivation)) {
            return false;
        }
        outputActivation = activation;
        return true;
    }

    PluginChoice loss() {
        return loss;
    }

    boolean setLoss(PluginChoice newLoss) {
        if (newLoss.equals(loss)) {
            return false;
        }
        loss = newLoss;
        return true;
    }

    PluginChoice initializer() {
        return initializer;
    }

    boolean setInitializer(PluginChoice init) {
        if (init.equals(initializer)) {
            return false;
        }
        initializer = init;
        return true;
    }

    long seed() {
        return seed;
    }

    boolean setSeed(long newSeed) {
        if (newSeed == seed) {
            return false;
        }
        seed = newSeed;
        return true;
    }

    /** A setup's layers, output activation, loss, initializer and seed. */
    void apply(Setup s) {
        hidden.clear();
        hidden.addAll(s.hiddenLayers());
        outputActivation = s.outputActivation();
        loss = s.loss();
        initializer = s.initializer();
        seed = s.networkSeed();
    }

    /** A saved network's layers (the last is the output layer), loss, initializer and seed. */
    void apply(NetworkSpec spec) {
        hidden.clear();
        hidden.addAll(spec.layers().subList(0, spec.layers().size() - 1));
        outputActivation = spec.layers().get(spec.layers().size() - 1).activation();
        loss = spec.loss();
        initializer = spec.initializer();
        seed = spec.seed();
    }

    /**
     * Picks the output activation and loss that fit the data: sigmoid + log-loss for two classes, softmax +
     * categorical cross-entropy for more, identity + MSE for regression (falling back to what is installed).
     */
    void fitOutputTo(Dataset data, PluginRegistry plugins) {
        if (data.isClassification() && data.classCount() == 2) {
            outputActivation = PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION, "sigmoid", "softmax"));
            loss = PluginChoice.of(preferred(plugins, PluginKind.LOSS, outputActivation.id().equals("softmax")
                    ? "categorical-cross-entropy" : "log-loss", "mse"));
        } else if (data.isClassification()) {
            outputActivation = PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION, "softmax", "sigmoid"));
            loss = PluginChoice.of(preferred(plugins, PluginKind.LOSS, "categorical-cross-entropy", "mse"));
        } else {
            outputActivation = PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION, "identity"));
            loss = PluginChoice.of(preferred(plugins, PluginKind.LOSS, "mse"));
        }
    }

    /**
     * Output neurons the data needs: one for two classes (two when the output activation needs at least two, like
     * softmax), one per class otherwise, one per target for regression.
     */
    int outputCount(Dataset data, PluginRegistry plugins) {
        if (data.isClassification() && data.classCount() == 2) {
            int min = plugins.find(PluginKind.ACTIVATION, outputActivation.id())
                    .map(e -> ((Activation) e.prototype()).minimumWidth()).orElse(1);
            return min >= 2 ? 2 : 1;
        }
        return data.targetCount();
    }

    /** The network described: these inputs, the hidden layers, an output layer of {@code outputs} neurons. */
    NetworkSpec spec(int inputs, int outputs) {
        List<LayerSpec> layers = new ArrayList<>(hidden);
        layers.add(new LayerSpec(outputs, outputActivation));
        return new NetworkSpec(inputs, layers, loss, initializer, seed);
    }

    /** A warning about the output activation and loss pair, if odd. */
    Optional<String> pairingWarning(boolean classification) {
        return Pairing.warning(outputActivation.id(), loss.id(), classification);
    }
}
