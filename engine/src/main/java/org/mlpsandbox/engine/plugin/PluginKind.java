package org.mlpsandbox.engine.plugin;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Plugin;

/** The five kinds of plugin, each tied to its api interface. */
public enum PluginKind {
    ACTIVATION(Activation.class, "activation"),
    LOSS(Loss.class, "loss"),
    INITIALIZER(Initializer.class, "initializer"),
    OPTIMIZER(Optimizer.class, "optimizer"),
    DATASET(DataSource.class, "dataset");

    private final Class<? extends Plugin> type;
    private final String label;

    PluginKind(Class<? extends Plugin> type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The api interface a plugin of this kind implements. */
    public Class<? extends Plugin> type() {
        return type;
    }

    /** Lower-case name for messages: "activation". */
    public String label() {
        return label;
    }
}
