package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;

class OutputDefaultsTest {

    private static final PluginRegistry BUILT_INS = PluginRegistry.builtIn();

    private static Dataset data(int targets, int classes) {
        return new Dataset("d", 1, targets, classes, new double[2], new double[2 * targets]);
    }

    @Test
    void theTableOfDefaults() {
        Dataset two = data(1, 2);
        Dataset three = data(3, 3);
        Dataset regression = data(2, 0);
        assertEquals(List.of("sigmoid", "softmax"), OutputDefaults.activations(two));
        assertEquals(List.of("softmax", "sigmoid"), OutputDefaults.activations(three));
        assertEquals(List.of("identity"), OutputDefaults.activations(regression));
        assertEquals("log-loss", OutputDefaults.losses("sigmoid", BUILT_INS).get(0));
        assertEquals("categorical-cross-entropy", OutputDefaults.losses("softmax", BUILT_INS).get(0));
        assertEquals(List.of("mse"), OutputDefaults.losses("identity", BUILT_INS));
        assertEquals(List.of("mse"), OutputDefaults.losses("not-installed", BUILT_INS));
        assertEquals(1, OutputDefaults.width(two, "sigmoid", BUILT_INS));
        assertEquals(2, OutputDefaults.width(two, "softmax", BUILT_INS));
        assertEquals(3, OutputDefaults.width(three, "softmax", BUILT_INS));
        assertEquals(2, OutputDefaults.width(regression, "identity", BUILT_INS));
    }

    @Test
    void anOutsideActivationThatGivesProbabilitiesBringsLogLoss() {
        org.mlpsandbox.api.Activation probabilities = new org.mlpsandbox.api.Activation() {
            @Override
            public String id() {
                return "acme.probit";
            }

            @Override
            public String displayName() {
                return "Probit";
            }

            @Override
            public double apply(double z) {
                return 0.5 * (1 + Math.tanh(z));
            }

            @Override
            public double derivative(double z) {
                double t = Math.tanh(z);
                return 0.5 * (1 - t * t);
            }

            @Override
            public OutputKind outputKind() {
                return OutputKind.PROBABILITIES;
            }
        };
        PluginRegistry plugins = TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION, probabilities,
                PluginSource.BUILT_IN));
        assertEquals("log-loss", OutputDefaults.losses("acme.probit", plugins).get(0));
    }
}
