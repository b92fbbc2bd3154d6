package org.mlpsandbox.app.cli;

import java.util.List;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Activation.OutputKind;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.app.model.OutputDefaults;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The output layer and loss that suit the data, unless the user chose them ({@link OutputDefaults}, as in the window),
 * and the class a row of outputs stands for.
 */
final class Outputs {

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
     * Whether a saved model is a classifier, judged by its data (generated data may come from a dataset plugin), and
     * for CSV data by what its plugins say: an output activation that gives probabilities
     * ({@link Activation#outputKind()}) or a loss that expects them ({@link Loss#expects()}).
     */
    static boolean classifies(Experiment e, PluginRegistry plugins) {
        DataSpec data = e.data();
        return switch (data.kind()) {
            case GENERATED -> DataOptions.generatorClassifies(data.name(), plugins.dataSources());
            case DIGITS, MNIST -> true;
            case DRAWN -> data.drawn().isClassification();
            case CSV -> {
                List<LayerSpec> layers = e.network().layers();
                Activation output = (Activation) plugins.configure(PluginKind.ACTIVATION,
                        layers.get(layers.size() - 1).activation());
                Loss loss = (Loss) plugins.configure(PluginKind.LOSS, e.network().loss());
                yield output.outputKind() != OutputKind.ANY || loss.expects() != OutputKind.ANY;
            }
        };
    }
}
