package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Whether a CSV model classifies is what its output activation and loss say, whatever their ids. */
class OutputsTest {

    private static Experiment csvModel(String output, String loss) {
        NetworkSpec spec = new NetworkSpec(2, List.of(LayerSpec.of(3, "tanh"), LayerSpec.of(1, output)),
                PluginChoice.of(loss), PluginChoice.of("xavier-uniform"), 1);
        return Experiment.of(Network.build(spec, TestPlugins.registry()), TrainingSettings.defaults(),
                DataSpec.csv(Path.of("points.csv"), "label", false, 0.2, 1), List.of());
    }

    @Test
    void probabilitiesOutOrExpectedMeanClasses() {
        PluginRegistry plugins = TestPlugins.registry();
        assertTrue(Outputs.classifies(csvModel("sigmoid", "log-loss"), plugins));
        assertTrue(Outputs.classifies(csvModel("sigmoid", "mse"), plugins), "a probability output classifies");
        assertTrue(Outputs.classifies(csvModel("identity", "log-loss"), plugins), "a loss for probabilities too");
        assertFalse(Outputs.classifies(csvModel("identity", "mse"), plugins));
    }

    @Test
    void theIdsAloneDecideNothing() {
        // Plugins named like the built-ins but saying they give and expect any numbers: a regression.
        PluginRegistry plugins = TestPlugins.registry(
                TestPlugins.entry(PluginKind.ACTIVATION, new AnyNumbers("softmax"), PluginSource.BUILT_IN),
                TestPlugins.entry(PluginKind.LOSS, new AnyLoss("categorical-cross-entropy"), PluginSource.BUILT_IN));
        Experiment e = csvModel("identity", "mse");
        NetworkSpec renamed = new NetworkSpec(2, List.of(LayerSpec.of(3, "tanh"), LayerSpec.of(1, "softmax")),
                PluginChoice.of("categorical-cross-entropy"), PluginChoice.of("xavier-uniform"), 1);
        assertFalse(Outputs.classifies(new Experiment(renamed, e.parameters(), e.training(), e.data(), List.of()),
                plugins));
    }

    private record AnyNumbers(String id) implements Activation {
        @Override
        public String displayName() {
            return id;
        }

        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1;
        }

        @Override
        public Activation configure(Parameters parameters) {
            return this;
        }
    }

    private record AnyLoss(String id) implements Loss {
        @Override
        public String displayName() {
            return id;
        }

        @Override
        public double value(double[] y, double[] t, int rows, int cols) {
            return 0;
        }

        @Override
        public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
            return 0;
        }
    }
}
