package org.mlpsandbox.app.model;

import static org.mlpsandbox.app.model.PluginDefaults.installed;
import static org.mlpsandbox.app.model.PluginDefaults.preferred;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The network being edited: hidden layers, output activation, loss, initializer and seed, and the rules that size
 * and pair the output layer for the data. Views read it and edit it here; each edit that changes something goes
 * through its {@link SandboxModel}, which tells listeners and builds a fresh network from the seed.
 */
public final class NetworkDraft {

    /** Most neurons a layer may have in the editor. */
    public static final int MAX_NEURONS = 64;
    /** Most hidden layers in the editor. */
    public static final int MAX_HIDDEN_LAYERS = 8;

    private final SandboxModel owner;
    private final List<LayerSpec> hidden = new ArrayList<>();
    private PluginChoice outputActivation;
    private PluginChoice loss;
    private PluginChoice initializer;
    private long seed = 1;

    /** Two hidden layers of six neurons with the preferred activation and the preferred initializer. */
    NetworkDraft(SandboxModel owner, PluginRegistry plugins) {
        this.owner = owner;
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

    /** The hidden layers, first to last (a copy). */
    public List<LayerSpec> hiddenLayers() {
        return List.copyOf(hidden);
    }

    /** The live hidden layers, for building a {@link Setup} (which copies them). */
    List<LayerSpec> hiddenList() {
        return hidden;
    }

    /** Appends a hidden layer like the last one (or 4 neurons of the default activation). */
    public void addLayer() {
        if (hidden.size() < MAX_HIDDEN_LAYERS) {
            hidden.add(hidden.isEmpty() ? new LayerSpec(4, PluginChoice.of(preferred(owner.plugins(),
                    PluginKind.ACTIVATION, "tanh"))) : hidden.get(hidden.size() - 1));
            owner.networkChanged();
        }
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        if (!hidden.isEmpty()) {
            hidden.remove(hidden.size() - 1);
            owner.networkChanged();
        }
    }

    /** Sets hidden layer {@code i}'s neuron count, clamped to 1..{@link #MAX_NEURONS}. */
    public void setLayerSize(int i, int size) {
        int clamped = Math.max(1, Math.min(MAX_NEURONS, size));
        LayerSpec l = hidden.get(i);
        if (l.size() != clamped) {
            hidden.set(i, new LayerSpec(clamped, l.activation()));
            owner.networkChanged();
        }
    }

    public void setLayerActivation(int i, PluginChoice activation) {
        LayerSpec l = hidden.get(i);
        if (!l.activation().equals(activation)) {
            hidden.set(i, new LayerSpec(l.size(), activation));
            owner.networkChanged();
        }
    }

    /** Replaces the hidden layers with a preset shape, keeping the first layer's activation. */
    public void applyShape(ShapePreset preset) {
        PluginChoice act = hidden.isEmpty() ? PluginChoice.of(preferred(owner.plugins(), PluginKind.ACTIVATION,
                "tanh")) : hidden.get(0).activation();
        hidden.clear();
        for (int size : preset.sizes()) {
            hidden.add(new LayerSpec(size, act));
        }
        owner.networkChanged();
    }

    public PluginChoice outputActivation() {
        return outputActivation;
    }

    public void setOutputActivation(PluginChoice activation) {
        if (!activation.equals(outputActivation)) {
            outputActivation = activation;
            owner.networkChanged();
        }
    }

    public PluginChoice loss() {
        return loss;
    }

    public void setLoss(PluginChoice newLoss) {
        if (!newLoss.equals(loss)) {
            loss = newLoss;
            owner.networkChanged();
        }
    }

    public PluginChoice initializer() {
        return initializer;
    }

    public void setInitializer(PluginChoice init) {
        if (!init.equals(initializer)) {
            initializer = init;
            owner.networkChanged();
        }
    }

    /** The seed the network's initial weights are drawn from. */
    public long seed() {
        return seed;
    }

    public void setSeed(long newSeed) {
        if (newSeed != seed) {
            seed = newSeed;
            owner.networkChanged();
        }
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

    /** Picks the output activation and loss that fit the data ({@link OutputDefaults}), of those installed. */
    void fitOutputTo(Dataset data, PluginRegistry plugins) {
        outputActivation = PluginChoice.of(preferred(plugins, PluginKind.ACTIVATION,
                OutputDefaults.activations(data).toArray(String[]::new)));
        loss = PluginChoice.of(preferred(plugins, PluginKind.LOSS,
                OutputDefaults.losses(outputActivation.id(), plugins).toArray(String[]::new)));
    }

    /** Network inputs: the raw inputs, or the number of chosen features. */
    public int inputCount() {
        return owner.data().inputMapping().width();
    }

    /** Output neurons the data needs ({@link OutputDefaults#width}). */
    public int outputCount() {
        return OutputDefaults.width(owner.data().rawData(), outputActivation.id(), owner.plugins());
    }

    /** The network the editor describes for the data in use: inputs, hidden layers, output layer, loss, initializer, seed. */
    public NetworkSpec spec() {
        List<LayerSpec> layers = new ArrayList<>(hidden);
        layers.add(new LayerSpec(outputCount(), outputActivation));
        return new NetworkSpec(inputCount(), layers, loss, initializer, seed);
    }

    /** A warning about the output activation and loss pair for the data in use, if odd (none if not installed). */
    public Optional<String> pairingWarning() {
        PluginRegistry plugins = owner.plugins();
        Optional<Activation> act = plugins.find(PluginKind.ACTIVATION, outputActivation.id())
                .map(e -> (Activation) e.prototype());
        Optional<Loss> cost = plugins.find(PluginKind.LOSS, loss.id()).map(e -> (Loss) e.prototype());
        if (act.isEmpty() || cost.isEmpty()) {
            return Optional.empty();
        }
        return Pairing.warning(act.get(), cost.get(), owner.data().rawData().isClassification());
    }
}
