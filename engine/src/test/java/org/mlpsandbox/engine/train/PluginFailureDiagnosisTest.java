package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Plugin;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

/** NaN or infinity coming from a plugin during training names the plugin, the layer and the phase. */
class PluginFailureDiagnosisTest {

    /** tanh that returns NaN (forward) or a NaN slope (backward) once it has been called {@code after} times. */
    static final class FlakyTanh implements Activation {
        private final boolean inBackward;
        private int calls;

        FlakyTanh(boolean inBackward) {
            this.inBackward = inBackward;
        }

        public String id() {
            return inBackward ? "test.bad-slope" : "test.bad-value";
        }

        public String displayName() {
            return id();
        }

        public double apply(double z) {
            return !inBackward && ++calls > 400 ? Double.NaN : Math.tanh(z);
        }

        public double derivative(double z) {
            return inBackward && ++calls > 400 ? Double.NaN : 1 - Math.tanh(z) * Math.tanh(z);
        }
    }

    /** Squared error that turns NaN after a while. */
    static final class FlakyLoss implements Loss {
        private int calls;

        public String id() {
            return "test.bad-loss";
        }

        public String displayName() {
            return id();
        }

        public double value(double[] y, double[] t, int rows, int cols) {
            return valueAndGradient(y, t, new double[rows * cols], rows, cols);
        }

        public double valueAndGradient(double[] y, double[] t, double[] g, int rows, int cols) {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) {
                g[i] = (y[i] - t[i]) / rows;
                s += 0.5 * (y[i] - t[i]) * (y[i] - t[i]);
            }
            return ++calls > 30 ? Double.NaN : s / rows;
        }
    }

    private static PluginRegistry with(PluginKind kind, Plugin extra) {
        List<PluginEntry> entries = new ArrayList<>(TestNets.PLUGINS.entries());
        entries.add(new PluginEntry(kind, extra.id(), extra.displayName(), extra.getClass().getName(), extra,
                new PluginSource(java.nio.file.Path.of("/plugins/test.jar")), PluginStatus.OK, "", List.of()));
        return new PluginRegistry(entries);
    }

    private static PluginFailedException runUntilStopped(PluginRegistry plugins, String layout, String loss) {
        Network net = Network.build(TestNets.spec(layout, loss, "xavier-uniform", 1), plugins);
        Trainer t = new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults().withBatchSize(4), plugins);
        TrainingStoppedException e = assertThrows(TrainingStoppedException.class, () -> {
            for (int i = 0; i < 1000; i++) {
                double[] before = net.layer(0).weights().clone();
                try {
                    t.step();
                } catch (TrainingStoppedException stop) {
                    assertArrayEquals(before, net.layer(0).weights(), 0.0, "weights from before the step are kept");
                    throw stop;
                }
            }
        });
        assertEquals(TrainingStoppedException.Reason.PLUGIN_FAILED, e.reason());
        assertTrue(e.getMessage().contains("/plugins/test.jar"), e.getMessage());
        return (PluginFailedException) e.getCause();
    }

    @Test
    void nanFromAnActivationInTheForwardPass() {
        PluginFailedException f = runUntilStopped(with(PluginKind.ACTIVATION, new FlakyTanh(false)),
                "2,3:test.bad-value,1:sigmoid", "mse");
        assertEquals("test.bad-value", f.pluginId());
        assertEquals(1, f.layer());
        assertEquals(org.mlpsandbox.engine.plugin.Phase.FORWARD, f.phase());
    }

    @Test
    void nanFromAnActivationsDerivative() {
        PluginFailedException f = runUntilStopped(with(PluginKind.ACTIVATION, new FlakyTanh(true)),
                "2,3:tanh,3:test.bad-slope,1:sigmoid", "mse");
        assertEquals("test.bad-slope", f.pluginId());
        assertEquals(2, f.layer());
        assertEquals(org.mlpsandbox.engine.plugin.Phase.BACKWARD, f.phase());
    }

    @Test
    void nanFromALoss() {
        PluginFailedException f = runUntilStopped(with(PluginKind.LOSS, new FlakyLoss()), "2,3:tanh,1:sigmoid",
                "test.bad-loss");
        assertEquals("test.bad-loss", f.pluginId());
        assertEquals(org.mlpsandbox.engine.plugin.Phase.LOSS, f.phase());
    }
}
