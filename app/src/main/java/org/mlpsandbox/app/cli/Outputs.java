package org.mlpsandbox.app.cli;

import org.mlpsandbox.app.model.OutputDefaults;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The output layer and loss that suit the data, unless the user chose them ({@link OutputDefaults}, as in the window),
 * and the class a row of outputs stands for.
 */
final class Outputs {

    static final String SIGMOID = "sigmoid";
    static final String SOFTMAX = "softmax";
    static final String LOG_LOSS = "log-loss";
    static final String CROSS_ENTROPY = "categorical-cross-entropy";

    private Outputs() {
    }

    /** The output layer for the data: the chosen activation or the default, as wide as the data needs. */
    static LayerSpec layer(Dataset data, PluginChoice chosen, PluginRegistry plugins) {
        PluginChoice activation = chosen != null ? chosen : PluginChoice.of(OutputDefaults.activations(data).get(0));
        return new LayerSpec(OutputDefaults.width(data, activation.id(), plugins), activation);
    }

    /** The loss that goes with an output activation. */
    static PluginChoice loss(PluginChoice outputActivation, PluginRegistry plugins) {
        return PluginChoice.of(OutputDefaults.losses(outputActivation.id(), plugins).get(0));
    }

    /**
     * Whether a saved model is a classifier, judged by its data (and for CSV data by its output and loss); generated
     * data may come from one of the dataset plugins in {@code plugins}.
     */
    static boolean classifies(Experiment e, PluginRegistry plugins) {
        DataSpec data = e.data();
        return switch (data.kind()) {
            case GENERATED -> DataOptions.generatorClassifies(data.name(), plugins.dataSources());
            case DIGITS, MNIST -> true;
            case CSV -> {
                String output = e.network().layers().get(e.network().layers().size() - 1).activation().id();
                String loss = e.network().loss().id();
                yield output.equals(SOFTMAX) || output.equals(SIGMOID) || loss.equals(LOG_LOSS)
                        || loss.equals(CROSS_ENTROPY);
            }
        };
    }
}
