package org.mlpsandbox.app.cli;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * The output layer and loss that suit the data, unless the user chose them, and the class a row of outputs stands
 * for.
 *
 * <ul>
 *   <li>two classes: 1 sigmoid output + log-loss (with {@code --output softmax}: 2 outputs + categorical
 *       cross-entropy);</li>
 *   <li>k classes: k softmax outputs + categorical cross-entropy;</li>
 *   <li>regression: identity outputs, one per target, + mean squared error.</li>
 * </ul>
 * A chosen output activation brings its usual loss: softmax → categorical-cross-entropy, sigmoid → log-loss,
 * anything else → mse.
 */
final class Outputs {

    static final String SIGMOID = "sigmoid";
    static final String SOFTMAX = "softmax";
    static final String IDENTITY = "identity";
    static final String LOG_LOSS = "log-loss";
    static final String CROSS_ENTROPY = "categorical-cross-entropy";
    static final String MSE = "mse";

    private Outputs() {
    }

    /** The output layer for the data. */
    static LayerSpec layer(Dataset data, PluginChoice chosen) {
        int classes = data.classCount();
        PluginChoice activation = chosen != null ? chosen
                : PluginChoice.of(classes == 2 ? SIGMOID : classes > 2 ? SOFTMAX : IDENTITY);
        int size;
        if (classes >= 2) {
            size = classes == 2 && !activation.id().equals(SOFTMAX) ? 1 : classes;
        } else {
            size = data.targetCount();
        }
        return new LayerSpec(size, activation);
    }

    /** The loss that goes with an output activation. */
    static PluginChoice loss(PluginChoice outputActivation) {
        return PluginChoice.of(switch (outputActivation.id()) {
            case SOFTMAX -> CROSS_ENTROPY;
            case SIGMOID -> LOG_LOSS;
            default -> MSE;
        });
    }

    /** Whether a saved model is a classifier, judged by its data (and for CSV data by its output and loss). */
    static boolean classifies(Experiment e) {
        DataSpec data = e.data();
        return switch (data.kind()) {
            case GENERATED -> DataOptions.generatorClassifies(data.name());
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
