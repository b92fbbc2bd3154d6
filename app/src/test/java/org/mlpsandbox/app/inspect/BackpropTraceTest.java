package org.mlpsandbox.app.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The step-through's numbers against (1) the engine's own workspace after forward/backward, and (2) an independent
 * textbook implementation written here with scalar loops and the activation and loss formulas spelled out; and the
 * chain-rule factors of every edge multiplied out against the gradient.
 */
class BackpropTraceTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("2,3:tanh,1:sigmoid", "log-loss"),
                Arguments.of("2,3:sigmoid,2:identity", "mse"),
                Arguments.of("1,1:identity", "mse"),
                Arguments.of("3,5:relu,4:relu,2:softmax", "categorical-cross-entropy"),
                Arguments.of("4,6:leaky-relu@0.2,6:tanh,6:sigmoid,3:softmax", "categorical-cross-entropy"),
                Arguments.of("5,7:tanh,3:leaky-relu,2:sigmoid", "mse"),
                Arguments.of("3,4:sigmoid,4:softmax,2:identity", "mse"),
                Arguments.of("6,12:relu,10:tanh,4:sigmoid", "log-loss"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("networks")
    void stepThroughEqualsEngineAndIndependentReference(String layout, String loss) {
        for (long seed = 1; seed <= 5; seed++) {
            Network net = Nets.build(layout, loss, seed);
            SplittableRandom r = new SplittableRandom(seed);
            double[] x = Nets.random(net.inputs(), r, -1.5, 1.5);
            double[] t = Nets.target(loss, net.outputs(), r);
            BackpropTrace trace = BackpropTrace.compute(net, x, t, 0.1);

            // (1) the engine's own workspace, run separately
            Workspace ws = net.newWorkspace(1);
            net.forward(x, 1, ws);
            double engineLoss = net.backward(x, t, 1, ws, null);
            assertEquals(engineLoss, trace.loss(), 0);
            // (2) the textbook, written out here
            Reference ref = new Reference(net, x, t, loss);
            assertEquals(ref.loss, trace.loss(), 1e-12 * Math.max(1, Math.abs(ref.loss)));

            BackpropStepper stepper = new BackpropStepper(net, 0.1);
            stepper.setSample(x, t);
            stepper.applyUpdate(); // reveal everything for the formulas
            for (int l = 0; l < net.layerCount(); l++) {
                for (int j = 0; j < trace.size(l); j++) {
                    assertEquals(ws.z(l)[j], trace.z(l, j), 0);
                    assertEquals(ws.activations(l)[j], trace.a(l, j), 0);
                    assertEquals(ws.delta(l)[j], trace.delta(l, j), 0, "δ equals the engine's");
                    assertClose(ref.z[l][j], trace.z(l, j), "z");
                    assertClose(ref.a[l][j], trace.a(l, j), "a");
                    assertClose(ref.dCda[l][j], trace.gradA(l, j), "∂C/∂a");
                    assertClose(ref.delta[l][j], trace.delta(l, j), "δ");
                    assertEquals(ws.gradBias(l)[j], trace.gradBias(l, j), 0);
                    for (int i = 0; i < trace.inputs(l); i++) {
                        double engineGrad = ws.gradWeights(l)[j * trace.inputs(l) + i];
                        assertEquals(engineGrad, trace.gradWeight(l, j, i), 0, "∂C/∂w equals the engine's");
                        assertClose(ref.delta[l][j] * ref.input(l, i), trace.gradWeight(l, j, i), "∂C/∂w");
                        EdgeFormula f = EdgeFormula.of(stepper, l, j, i);
                        assertClose(engineGrad, f.chainProduct(), "chain-rule product");
                        assertClose(engineGrad, f.delta() * f.incoming(), "δ · a_prev");
                        if (trace.elementwise(l)) {
                            assertClose(engineGrad, f.gradA() * f.slope() * f.incoming(), "∂C/∂a × a′(z) × a_prev");
                            assertClose(ref.slope(l, j), f.slope(), "a′(z)");
                        } else {
                            assertTrue(Double.isNaN(f.slope()), "softmax has no scalar a′(z)");
                        }
                        assertEquals(trace.weight(l, j, i) - 0.1 * engineGrad, trace.weightAfter(l, j, i), 0);
                    }
                }
            }
        }
    }

    @Test
    void centralDifferencesAgreeWithTheTracedGradient() {
        Network net = Nets.build("3,4:tanh,3:sigmoid,2:softmax", "categorical-cross-entropy", 3);
        double[] x = {0.3, -0.7, 1.1};
        double[] t = {0, 1};
        BackpropTrace trace = BackpropTrace.compute(net, x, t, 0.1);
        double h = 1e-6;
        for (int l = 0; l < net.layerCount(); l++) {
            double[] w = net.layer(l).weights().clone();
            double[] b = net.layer(l).bias().clone();
            for (int k = 0; k < w.length; k++) {
                double keep = w[k];
                w[k] = keep + h;
                net.setParameters(l, w, b);
                double up = lossOf(net, x, t);
                w[k] = keep - h;
                net.setParameters(l, w, b);
                double down = lossOf(net, x, t);
                w[k] = keep;
                net.setParameters(l, w, b);
                assertEquals((up - down) / (2 * h), trace.gradWeights(l)[k], 1e-7);
            }
        }
    }

    @Test
    void lossAfterTheUpdateIsLowerForASmallRateAndTheNetworkIsUntouched() {
        Network net = Nets.build("2,4:tanh,1:sigmoid", "log-loss", 9);
        double[] before = net.layer(0).weights().clone();
        BackpropTrace trace = BackpropTrace.compute(net, new double[] {0.5, -0.2}, new double[] {1}, 0.05);
        assertTrue(trace.lossAfter() < trace.loss());
        assertTrue(java.util.Arrays.equals(before, net.layer(0).weights()));
    }

    @Test
    void wrongLengthsAreRefusedWithAReason() {
        Network net = Nets.build("2,1:sigmoid", "log-loss", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackpropTrace.compute(net, new double[3], new double[1], 0.1));
        assertTrue(e.getMessage().contains("3 inputs"));
        assertThrows(IllegalArgumentException.class,
                () -> BackpropTrace.compute(net, new double[2], new double[1], 0));
    }

    @Test
    void hugeRateGivesNoFiniteUpdate() {
        Network net = Nets.build("2,1:identity", "mse", 1);
        BackpropTrace trace = BackpropTrace.compute(net, new double[] {1e300, 1e300}, new double[] {0}, 1e300);
        assertFalse(trace.updateFinite());
    }

    private static double lossOf(Network net, double[] x, double[] t) {
        Workspace ws = net.newWorkspace(1);
        net.forward(x, 1, ws);
        return net.loss(t, 1, ws);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-10 * Math.max(1, Math.abs(expected)), what);
    }

    /** Nielsen-style backprop with scalar loops and the formulas written out; shares no code with the engine. */
    private static final class Reference {
        final double[] x;
        final double[][] z;
        final double[][] a;
        final double[][] dCda;
        final double[][] delta;
        final String[] act;
        final double[] alpha;
        final double loss;

        Reference(Network net, double[] x, double[] t, String lossId) {
            this.x = x;
            int n = net.layerCount();
            z = new double[n][];
            a = new double[n][];
            dCda = new double[n][];
            delta = new double[n][];
            act = new String[n];
            alpha = new double[n];
            double[] in = x;
            for (int l = 0; l < n; l++) {
                var layer = net.layer(l);
                act[l] = layer.activation().id();
                alpha[l] = act[l].equals("leaky-relu")
                        ? net.spec().layers().get(l).activation().parameters().getOrDefault("alpha", 0.01) : 0;
                int out = layer.outputs();
                z[l] = new double[out];
                a[l] = new double[out];
                for (int j = 0; j < out; j++) {
                    double s = layer.bias()[j];
                    for (int i = 0; i < in.length; i++) {
                        s += layer.weight(j, i) * in[i];
                    }
                    z[l][j] = s;
                }
                if (act[l].equals("softmax")) {
                    double sum = 0;
                    for (int j = 0; j < out; j++) {
                        sum += Math.exp(z[l][j]);
                    }
                    for (int j = 0; j < out; j++) {
                        a[l][j] = Math.exp(z[l][j]) / sum;
                    }
                } else {
                    for (int j = 0; j < out; j++) {
                        a[l][j] = f(l, z[l][j]);
                    }
                }
                in = a[l];
            }
            int last = n - 1;
            double[] y = a[last];
            int m = y.length;
            double c = 0;
            dCda[last] = new double[m];
            for (int j = 0; j < m; j++) {
                switch (lossId) {
                    case "mse" -> {
                        c += (y[j] - t[j]) * (y[j] - t[j]) / m;
                        dCda[last][j] = 2 * (y[j] - t[j]) / m;
                    }
                    case "log-loss" -> {
                        c += -(t[j] * Math.log(y[j]) + (1 - t[j]) * Math.log(1 - y[j])) / m;
                        dCda[last][j] = (y[j] - t[j]) / (y[j] * (1 - y[j])) / m;
                    }
                    case "categorical-cross-entropy" -> {
                        c += -t[j] * Math.log(y[j]);
                        dCda[last][j] = -t[j] / y[j];
                    }
                    default -> throw new IllegalArgumentException(lossId);
                }
            }
            loss = c;
            for (int l = last; l >= 0; l--) {
                int out = a[l].length;
                if (l < last) {
                    dCda[l] = new double[out];
                    for (int j = 0; j < out; j++) {
                        for (int k = 0; k < a[l + 1].length; k++) {
                            dCda[l][j] += net.layer(l + 1).weight(k, j) * delta[l + 1][k];
                        }
                    }
                }
                delta[l] = new double[out];
                for (int j = 0; j < out; j++) {
                    if (act[l].equals("softmax")) {
                        // Full Jacobian: ∂a_k/∂z_j = a_k (1[k = j] − a_j)
                        for (int k = 0; k < out; k++) {
                            delta[l][j] += dCda[l][k] * a[l][k] * ((k == j ? 1 : 0) - a[l][j]);
                        }
                    } else {
                        delta[l][j] = dCda[l][j] * slope(l, j);
                    }
                }
            }
        }

        double input(int l, int i) {
            return l == 0 ? x[i] : a[l - 1][i];
        }

        double f(int l, double v) {
            return switch (act[l]) {
                case "identity" -> v;
                case "relu" -> v > 0 ? v : 0;
                case "leaky-relu" -> v > 0 ? v : alpha[l] * v;
                case "sigmoid" -> 1 / (1 + Math.exp(-v));
                case "tanh" -> Math.tanh(v);
                default -> throw new IllegalArgumentException(act[l]);
            };
        }

        double slope(int l, int j) {
            double v = z[l][j];
            return switch (act[l]) {
                case "identity" -> 1;
                case "relu" -> v > 0 ? 1 : 0;
                case "leaky-relu" -> v > 0 ? 1 : alpha[l];
                case "sigmoid" -> f(l, v) * (1 - f(l, v));
                case "tanh" -> 1 - Math.tanh(v) * Math.tanh(v);
                default -> throw new IllegalArgumentException(act[l]);
            };
        }
    }
}
