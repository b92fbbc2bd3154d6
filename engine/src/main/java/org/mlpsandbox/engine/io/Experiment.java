package org.mlpsandbox.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Everything an experiment file holds: how the network is built, its current weights, how it is trained, where its
 * data comes from, and the loss history so far. Immutable; save and open it with {@link ExperimentFiles}.
 *
 * <pre>{@code
 * ExperimentFiles.save(file, Experiment.of(network, settings, dataSpec, history));
 * Experiment e = ExperimentFiles.load(file, plugins);
 * Network same = e.buildNetwork(plugins);      // predicts exactly what `network` did
 * }</pre>
 *
 * @param network    the spec the network was built from (plugin ids with hyperparameter values, initializer seed)
 * @param parameters the weights and biases of each layer, first hidden layer first; one per layer of the spec
 * @param training   the training settings
 * @param data       where the data comes from
 * @param history    the loss history, oldest first; may be empty
 * @param runs       earlier training runs kept for comparison, oldest first; may be empty (optional in the file)
 * @param features   the input features the app derives from 2-D data (e.g. "X1", "X1_SQUARED"); empty for the
 *                   raw inputs (optional in the file)
 * @param formulas   activations typed as formulas in the app, which the network may use; recreated on opening
 *                   (optional in the file)
 * @param rules      the learning-rate schedule and the stop conditions Play follows (optional in the file: a constant
 *                   rate and no early stop)
 * @param hidden     names of the app's controls a teacher hides from students when the file is opened
 *                   ({@code "hide"}, optional in the file; the app knows the names)
 */
public record Experiment(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training,
                         DataSpec data, List<HistoryRow> history, List<SavedRun> runs, List<String> features,
                         List<Formula> formulas, EpochRules rules, List<String> hidden) {

    /** @throws IllegalArgumentException when the parameters do not have the shapes the spec gives */
    public Experiment {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(data, "data");
        parameters = List.copyOf(parameters);
        history = List.copyOf(history);
        runs = List.copyOf(runs);
        features = List.copyOf(features);
        formulas = List.copyOf(formulas);
        Objects.requireNonNull(rules, "rules");
        hidden = List.copyOf(hidden);
        int[] sizes = network.sizes();
        if (parameters.size() != network.layers().size()) {
            throw new IllegalArgumentException("parameters for " + parameters.size() + " layers, but the network has "
                    + network.layers().size());
        }
        for (int l = 0; l < parameters.size(); l++) {
            LayerParameters p = parameters.get(l);
            long expected = (long) sizes[l + 1] * sizes[l];
            if (p.weightCount() != expected || p.biasCount() != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " needs " + expected + " weights and "
                        + sizes[l + 1] + " biases, got " + p.weightCount() + " and " + p.biasCount());
            }
        }
    }

    /** An experiment that hides no controls. */
    public Experiment(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training,
                      DataSpec data, List<HistoryRow> history, List<SavedRun> runs, List<String> features,
                      List<Formula> formulas, EpochRules rules) {
        this(network, parameters, training, data, history, runs, features, formulas, rules, List.of());
    }

    /** An experiment with a constant rate and no early stop. */
    public Experiment(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training,
                      DataSpec data, List<HistoryRow> history, List<SavedRun> runs, List<String> features,
                      List<Formula> formulas) {
        this(network, parameters, training, data, history, runs, features, formulas, EpochRules.NONE);
    }

    /** An experiment without formula activations. */
    public Experiment(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training,
                      DataSpec data, List<HistoryRow> history, List<SavedRun> runs, List<String> features) {
        this(network, parameters, training, data, history, runs, features, List.of());
    }

    /** An experiment without earlier runs, on the raw inputs. */
    public Experiment(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training,
                      DataSpec data, List<HistoryRow> history) {
        this(network, parameters, training, data, history, List.of(), List.of());
    }

    /** A snapshot of a network's current weights with its spec, settings, data and history. */
    public static Experiment of(Network network, TrainingSettings training, DataSpec data, List<HistoryRow> history) {
        List<LayerParameters> parameters = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            parameters.add(LayerParameters.of(network.layer(l)));
        }
        return new Experiment(network.spec(), parameters, training, data, history);
    }

    /**
     * A network built from the spec and given the saved weights: it computes exactly what the saved network did.
     *
     * @throws IllegalArgumentException when a plugin is missing or the spec is invalid with these plugins
     */
    public Network buildNetwork(PluginRegistry plugins) {
        Network net = Network.build(network, plugins);
        for (int l = 0; l < parameters.size(); l++) {
            LayerParameters p = parameters.get(l);
            net.setParameters(l, p.weights(), p.bias());
        }
        return net;
    }

    public Experiment withHistory(List<HistoryRow> newHistory) {
        return new Experiment(network, parameters, training, data, newHistory, runs, features, formulas, rules, hidden);
    }

    public Experiment withData(DataSpec newData) {
        return new Experiment(network, parameters, training, newData, history, runs, features, formulas, rules, hidden);
    }

    public Experiment withTraining(TrainingSettings newTraining) {
        return new Experiment(network, parameters, newTraining, data, history, runs, features, formulas, rules, hidden);
    }

    public Experiment withRuns(List<SavedRun> newRuns) {
        return new Experiment(network, parameters, training, data, history, newRuns, features, formulas, rules, hidden);
    }

    public Experiment withFeatures(List<String> newFeatures) {
        return new Experiment(network, parameters, training, data, history, runs, newFeatures, formulas, rules, hidden);
    }

    /** The same experiment keeping these formula activations. */
    public Experiment withFormulas(List<Formula> newFormulas) {
        return new Experiment(network, parameters, training, data, history, runs, features, newFormulas, rules, hidden);
    }

    /** The same experiment following these rules (schedule and stop conditions). */
    public Experiment withRules(EpochRules newRules) {
        return new Experiment(network, parameters, training, data, history, runs, features, formulas, newRules, hidden);
    }

    /** The same experiment hiding these controls of the app when opened. */
    public Experiment withHidden(List<String> newHidden) {
        return new Experiment(network, parameters, training, data, history, runs, features, formulas, rules, newHidden);
    }

    @Override
    public String toString() {
        return "Experiment[" + network + "; " + training + "; data " + data.describe() + "; " + history.size()
                + " history rows" + (runs.isEmpty() ? "" : ", " + runs.size() + " runs") + "]";
    }
}
