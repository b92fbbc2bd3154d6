package org.mlpsandbox.app.model;

import java.util.List;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Activation.OutputKind;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The output layer and loss that suit the data, for the window and the command line alike: the one table of defaults.
 *
 * <ul>
 *   <li>two classes: a sigmoid output and log-loss (a softmax output brings categorical cross-entropy);</li>
 *   <li>more classes: softmax outputs and categorical cross-entropy;</li>
 *   <li>regression: identity outputs, one per target, and mean squared error.</li>
 * </ul>
 * An output activation brings the loss for what it gives ({@link Activation#outputKind()}): one distribution →
 * categorical cross-entropy, probabilities → log-loss, any numbers → mean squared error.
 */
public final class OutputDefaults {

    private OutputDefaults() {
    }

    /** Output activations for the data, best first (the caller takes the first one installed). */
    public static List<String> activations(Dataset data) {
        if (data.isClassification() && data.classCount() == 2) {
            return List.of("sigmoid", "softmax");
        }
        return data.isClassification() ? List.of("softmax", "sigmoid") : List.of("identity");
    }

    /** Losses for an output activation, best first (an activation that is not installed gives any numbers). */
    public static List<String> losses(String outputActivation, PluginRegistry plugins) {
        OutputKind kind = activation(outputActivation, plugins).map(Activation::outputKind).orElse(OutputKind.ANY);
        return switch (kind) {
            case DISTRIBUTION -> List.of("categorical-cross-entropy", "mse");
            case PROBABILITIES -> List.of("log-loss", "mse");
            case ANY -> List.of("mse");
        };
    }

    /**
     * Output neurons the data needs: one for two classes (two when the output activation needs at least two, like
     * softmax), one per class otherwise, one per target for regression.
     */
    public static int width(Dataset data, String outputActivation, PluginRegistry plugins) {
        if (data.isClassification() && data.classCount() == 2) {
            int min = activation(outputActivation, plugins).map(Activation::minimumWidth).orElse(1);
            return min >= 2 ? 2 : 1;
        }
        return data.targetCount();
    }

    private static java.util.Optional<Activation> activation(String id, PluginRegistry plugins) {
        return plugins.find(PluginKind.ACTIVATION, id).map(e -> (Activation) e.prototype());
    }
}
