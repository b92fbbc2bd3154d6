package org.mlpsandbox.engine.plugin;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Plugin;

/**
 * Turns a plugin choice (an id and hyperparameter values) into a configured plugin instance: all that building and
 * training a network needs from the plugins, without the loading and checking behind them. {@link PluginRegistry} is
 * one; a test can pass a lambda.
 */
@FunctionalInterface
public interface PluginResolver {

    /**
     * The plugin of this kind configured with the choice's values.
     *
     * @throws UnknownPluginException   when the id is not available
     * @throws IllegalArgumentException naming the plugin when a value is unknown or out of range
     */
    Plugin configure(PluginKind kind, PluginChoice choice);

    default Activation activation(PluginChoice choice) {
        return (Activation) configure(PluginKind.ACTIVATION, choice);
    }

    default Loss loss(PluginChoice choice) {
        return (Loss) configure(PluginKind.LOSS, choice);
    }

    default Initializer initializer(PluginChoice choice) {
        return (Initializer) configure(PluginKind.INITIALIZER, choice);
    }

    default Optimizer optimizer(PluginChoice choice) {
        return (Optimizer) configure(PluginKind.OPTIMIZER, choice);
    }
}
