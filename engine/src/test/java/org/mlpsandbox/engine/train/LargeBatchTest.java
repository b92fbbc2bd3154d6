package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * Large batches on large layers, whose products are split over two threads ({@code Kernels}): each step is still the
 * whole batch's gradient step, and runs are reproducible.
 */
class LargeBatchTest {

    private static final String LAYOUT = "300,120:tanh,10:softmax";

    private static Dataset data() {
        int n = 96;
        double[] x = TestNets.randomArray(n * 300, 3, -1, 1);
        double[] y = new double[n * 10];
        for (int i = 0; i < n; i++) {
            y[i * 10 + i % 10] = 1;
        }
        return new Dataset("random", 300, 10, 10, x, y);
    }

    private static TrainingSettings settings() {
        return new TrainingSettings(org.mlpsandbox.engine.plugin.PluginChoice.of("sgd"), 0.5, Double.NaN, 32, 0, 0,
                false, 1);
    }

    @Test
    void stepsEqualPlainGradientDescentOnTheWholeBatch() {
        Dataset data = data();
        Network trained = TestNets.build(LAYOUT, "categorical-cross-entropy", "xavier-uniform", 4);
        Network reference = trained.copy();
        Trainer trainer = new Trainer(trained, data, null, settings(), TestNets.PLUGINS);

        // reference: the textbook loop on one thread, batches of 32 in order, w -= rate * dC/dw
        Workspace ws = reference.newWorkspace(32);
        for (int step = 0; step < 6; step++) {
            int from = (step % 3) * 32;
            double[] x = java.util.Arrays.copyOfRange(data.x(), from * 300, (from + 32) * 300);
            double[] t = java.util.Arrays.copyOfRange(data.y(), from * 10, (from + 32) * 10);
            reference.forward(x, 32, ws);
            double expectedLoss = reference.backward(x, t, 32, ws, null);
            for (int l = 0; l < reference.layerCount(); l++) {
                double[] w = reference.layer(l).weights().clone();
                double[] b = reference.layer(l).bias().clone();
                for (int i = 0; i < w.length; i++) {
                    w[i] -= 0.5 * ws.gradWeights(l)[i];
                }
                for (int i = 0; i < b.length; i++) {
                    b[i] -= 0.5 * ws.gradBias(l)[i];
                }
                reference.setParameters(l, w, b);
            }
            assertEquals(expectedLoss, trainer.step(), 1e-12);
        }
        for (int l = 0; l < trained.layerCount(); l++) {
            assertArrayEquals(reference.layer(l).weights(), trained.layer(l).weights(), 1e-12);
            assertArrayEquals(reference.layer(l).bias(), trained.layer(l).bias(), 1e-12);
        }
    }

    @Test
    void runsAreReproducibleBitForBit() {
        double[] a = losses();
        double[] b = losses();
        assertArrayEquals(a, b, 0.0);
    }

    private static double[] losses() {
        Network net = TestNets.build(LAYOUT, "categorical-cross-entropy", "xavier-uniform", 4);
        Trainer t = new Trainer(net, data(), null, settings().withSeed(9), TestNets.PLUGINS);
        double[] out = new double[12];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.step();
        }
        return out;
    }
}
