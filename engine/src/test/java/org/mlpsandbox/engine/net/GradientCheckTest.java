package org.mlpsandbox.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * Backpropagation against central finite differences, for every activation × loss pair that makes sense, on small
 * random networks. The plugins come from ServiceLoader, so a missing services line fails here too.
 */
class GradientCheckTest {

    private static final double H = 1e-6;

    /** Losses that need outputs in (0, 1) are paired with output activations that give them. */
    private static boolean makesSense(String loss, String outputActivation) {
        if (loss.equals("mse")) {
            return true;
        }
        return outputActivation.equals("sigmoid") || outputActivation.equals("softmax");
    }

    static Stream<Arguments> pairs() {
        List<Arguments> list = new ArrayList<>();
        for (PluginEntry loss : TestNets.PLUGINS.usable(PluginKind.LOSS)) {
            for (PluginEntry act : TestNets.PLUGINS.usable(PluginKind.ACTIVATION)) {
                if (makesSense(loss.id(), act.id())) {
                    // the activation under test is used both in the hidden layer (if elementwise) and at the output
                    String hidden = act.id().equals("softmax") ? "tanh" : act.id();
                    list.add(Arguments.of(hidden, act.id(), loss.id()));
                }
            }
        }
        return list.stream();
    }

    @Test
    void theBuiltInsAreAllFound() {
        Set<String> activations = Set.of("identity", "relu", "leaky-relu", "sigmoid", "tanh", "softmax");
        Set<String> losses = Set.of("mse", "log-loss", "categorical-cross-entropy");
        for (String id : activations) {
            assertTrue(TestNets.PLUGINS.find(PluginKind.ACTIVATION, id).isPresent(), id);
        }
        for (String id : losses) {
            assertTrue(TestNets.PLUGINS.find(PluginKind.LOSS, id).isPresent(), id);
        }
        assertTrue(pairs().count() >= 6 + 2 + 2, "too few pairs");
    }

    @ParameterizedTest(name = "hidden {0}, output {1}, loss {2}")
    @MethodSource("pairs")
    void backpropMatchesFiniteDifferences(String hidden, String output, String loss) {
        int rows = 3;
        Network net = TestNets.build("3,4:" + hidden + ",5:" + hidden + ",3:" + output, loss, "xavier-normal", 7);
        // biases start at zero, which would put ReLU's kink exactly under dead neurons: check at a generic point
        for (int l = 0; l < net.layerCount(); l++) {
            double[] b = TestNets.randomArray(net.layer(l).outputs(), 20 + l, -0.5, 0.5);
            net.setParameters(l, net.layer(l).weights().clone(), b);
        }
        double[] x = TestNets.randomArray(rows * 3, 11, -1, 1);
        double[] t = targets(loss, rows, 3);
        Workspace ws = net.newWorkspace(rows);
        double[] gradInput = new double[rows * 3];
        net.forward(x, rows, ws);
        net.backward(x, t, rows, ws, gradInput);

        double worst = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            worst = Math.max(worst, check(net, net.layer(l).weights(), ws.gradWeights(l), x, t, rows));
            worst = Math.max(worst, check(net, net.layer(l).bias(), ws.gradBias(l), x, t, rows));
        }
        worst = Math.max(worst, check(net, x, gradInput, x, t, rows));
        assertTrue(worst < 1e-5, "largest relative error " + worst);
    }

    /** Targets a loss accepts: one-hot rows for the cross-entropies, 0/1 for log-loss, anything for MSE. */
    private static double[] targets(String loss, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[r * cols + c] = switch (loss) {
                    case "categorical-cross-entropy" -> c == r % cols ? 1 : 0;
                    case "log-loss" -> (r + c) % 2;
                    default -> Math.sin(r + 2.0 * c);
                };
            }
        }
        return t;
    }

    /** Largest relative error between analytic gradients of {@code params} and central differences of the loss. */
    private static double check(Network net, double[] params, double[] analytic, double[] x, double[] t, int rows) {
        Workspace ws = net.newWorkspace(rows);
        double worst = 0;
        for (int i = 0; i < params.length; i++) {
            double keep = params[i];
            params[i] = keep + H;
            net.forward(x, rows, ws);
            double up = net.loss(t, rows, ws);
            params[i] = keep - H;
            net.forward(x, rows, ws);
            double down = net.loss(t, rows, ws);
            params[i] = keep;
            double numeric = (up - down) / (2 * H);
            double error = Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i]));
            assertFalse(Double.isNaN(error), "NaN gradient at " + i);
            worst = Math.max(worst, error);
        }
        return worst;
    }

    @Test
    void gradientsOfTheLastPartialBatchUseOnlyItsRows() {
        Network net = TestNets.build("2,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 3);
        Workspace big = net.newWorkspace(5);
        Workspace exact = net.newWorkspace(2);
        double[] x = TestNets.randomArray(10, 5, -1, 1);
        double[] t = {1, 0, 1, 1, 0};
        // fill the big workspace with a full batch first, then a partial one
        net.forward(x, 5, big);
        net.backward(x, t, 5, big, null);
        net.forward(x, 2, big);
        double lossBig = net.backward(x, t, 2, big, null);
        net.forward(x, 2, exact);
        double lossExact = net.backward(x, t, 2, exact, null);
        assertEquals(lossExact, lossBig);
        for (int l = 0; l < net.layerCount(); l++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(exact.gradWeights(l), big.gradWeights(l));
            org.junit.jupiter.api.Assertions.assertArrayEquals(exact.gradBias(l), big.gradBias(l));
        }
    }
}
